package org.vigil.cases;

import java.util.UUID;

/** A person's record was changed: their public facts, categories or identity (which, the event does not say). */
public record PersonChanged(UUID caseId, UUID personId) {
}
