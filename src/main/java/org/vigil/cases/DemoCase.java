package org.vigil.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The sample case as {@code --demo} just recorded it, for {@linkplain DemoContribution contributions}:
 * five North Korean refugees recorded as one group, a contact near Yanji and a relative in Seoul as
 * its sources.
 *
 * @param groupId the group "Refugee group A"
 * @param contactSourceId the contact near Yanji (confidential, fairly reliable), who reported on {@code contactReportedOn}
 * @param relativeSourceId a relative in Seoul (confidential, reliable), who reported on {@code relativeReportedOn}
 */
public record DemoCase(UUID caseId, UUID groupId, UUID contactSourceId, LocalDate contactReportedOn, UUID relativeSourceId,
		LocalDate relativeReportedOn) {
}
