package org.vigil.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A source of a case as another module may name it: a whereabouts entry says "per the contact near
 * Yanji (usually reliable)". Never a source's name or contact details.
 *
 * @param label the source's label ("Contact near Yanji"), or {@code null} when it is withheld
 * @param reliability how far it can be trusted, or {@code null} when it is withheld
 * @param confidential whether the source asked not to be known: its label and reliability are then
 *        given only to viewers to whom the case's identities are revealed
 * @param reportedOn the day it reported, or {@code null}
 * @param withheld whether this viewer may not see the source: only its id and that it is confidential are given
 */
public record SourceEntry(UUID id, UUID caseId, String label, Reliability reliability, boolean confidential, LocalDate reportedOn,
		boolean withheld) {
}
