package org.vigil.whereabouts;

import java.util.UUID;

/**
 * Published after any change to a case's whereabouts (entry recorded, corrected or removed), inside
 * the transaction that made it: read what is known now through {@link WhereaboutsFacts}.
 */
public record WhereaboutsChanged(UUID caseId) {
}
