package org.vigil.cases;

import java.util.UUID;

/** A case was opened for a team and given its reference. */
public record CaseOpened(UUID caseId, UUID teamId, String reference) {
}
