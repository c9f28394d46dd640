package org.vigil.cases;

import java.util.UUID;

/**
 * One person's identity was purged: the person's key is destroyed, the rest of the case stays.
 * Whatever a module sealed with the person's {@linkplain PersonEntry#keyScope() key scope} is gone too.
 */
public record PersonPurged(UUID caseId, UUID personId) {
}
