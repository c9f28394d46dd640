package org.vigil.cases.internal;

import java.util.Map;

import org.springframework.data.domain.Sort;
import org.vigil.platform.Refusal;

/** The orders a case list can be shown in, by the names the UI and API use. */
final class CaseSorts {

	static final Map<String, Sort> BY_NAME = Map.of(
			"updated", Sort.by(Sort.Direction.DESC, "updatedAt"),
			"created", Sort.by(Sort.Direction.DESC, "createdAt"),
			"priority", Sort.by(Sort.Direction.ASC, "priorityRank").and(Sort.by(Sort.Direction.DESC, "updatedAt")),
			"title", Sort.by(Sort.Direction.ASC, "title"),
			"reference", Sort.by(Sort.Direction.ASC, "countryOfCustody", "createdAt"));

	private CaseSorts() {
	}

	static Sort parse(String name) {
		Sort sort = BY_NAME.get(name);
		if (sort == null) {
			throw Refusal.onField(CaseRule.UNKNOWN_SORT, "sort", String.join(", ", BY_NAME.keySet().stream().sorted().toList()))
				.toException();
		}
		return sort.and(Sort.by("id"));
	}

}
