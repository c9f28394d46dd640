package org.vigil.cases.internal;

import java.util.UUID;

/**
 * A person as pages and the API show it. {@code identity} is null when it is not shown: hidden
 * from this viewer, or purged with its case's key ({@code purged}).
 */
record PersonView(UUID id, UUID caseId, PersonProfile profile, Identity identity, boolean purged, long version) {
}
