package org.vigil.cases.internal;

import java.util.UUID;

/**
 * A person as pages and the API show it. {@code identity} is null when it is not shown: not
 * revealed to this viewer ({@code hidden}), or purged with its case's key ({@code purged}).
 */
record PersonView(UUID id, UUID caseId, PersonProfile profile, Identity identity, boolean hidden, boolean purged,
		long version) {
}
