package org.vigil.cases;

import java.util.UUID;

/** A person (an individual or a group) was recorded in a case; read them through {@link PersonDirectory}. */
public record PersonRecorded(UUID caseId, UUID personId) {
}
