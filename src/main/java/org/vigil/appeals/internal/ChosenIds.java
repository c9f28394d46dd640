package org.vigil.appeals.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.vigil.platform.Refusal;
import org.vigil.platform.RefusalRule;

/**
 * A list of ids chosen for an appeal (its signatories, its partners): at most so many, each known,
 * none twice. A refusal names the entry ({@code field[i]}), or the list when it is too long.
 */
record ChosenIds(String field, int max, RefusalRule tooMany, RefusalRule unknown, RefusalRule repeated) {

	Optional<Refusal> refusal(List<UUID> ids, Predicate<UUID> known) {
		if (ids.size() > max) {
			return Optional.of(Refusal.onField(tooMany, field, max));
		}
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			UUID id = ids.get(i);
			if (id == null || !known.test(id)) {
				return Optional.of(Refusal.onField(unknown, field + "[" + i + "]"));
			}
			if (!seen.add(id)) {
				return Optional.of(Refusal.onField(repeated, field + "[" + i + "]"));
			}
		}
		return Optional.empty();
	}

}
