package org.vigil.cases.internal;

import java.util.UUID;

/**
 * A source as pages and the API show it; the protected name and contact details are null in
 * {@code details} when not shown: not revealed ({@code hidden}), or {@code purged} with the case's key.
 */
record SourceView(UUID id, UUID caseId, SourceDetails details, boolean hidden, boolean purged, long version) {
}
