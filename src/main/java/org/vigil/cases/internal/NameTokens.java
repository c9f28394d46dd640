package org.vigil.cases.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.vault.BlindIndex;

/**
 * Keeps the keyed blind-index tokens of every person's names (name, names in other scripts,
 * aliases), so that "is this person already recorded?" is answered without decrypting anything.
 */
@Component
class NameTokens {

	/** A person found by name: which case, which record. */
	record Match(UUID caseId, UUID personId) {
	}

	private final BlindIndex index;

	private final JdbcClient jdbc;

	NameTokens(BlindIndex index, JdbcClient jdbc) {
		this.index = index;
		this.jdbc = jdbc;
	}

	void reindex(UUID caseId, UUID personId, Identity identity) {
		jdbc.sql("delete from person_name_tokens where person_id = :person").param("person", personId).update();
		for (String token : tokens(identity)) {
			jdbc.sql("insert into person_name_tokens (token, person_id, case_id) values (:token, :person, :case) on conflict do nothing")
				.param("token", token)
				.param("person", personId)
				.param("case", caseId)
				.update();
		}
	}

	List<Match> find(String name) {
		List<String> tokens = index.of(name);
		if (tokens.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select distinct case_id, person_id from person_name_tokens where token in (:tokens)")
			.param("tokens", tokens)
			.query((rs, row) -> new Match(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list();
	}

	/** The tokens of the case's persons' names, each with its person. */
	java.util.Map<String, UUID> ofCase(UUID caseId) {
		java.util.Map<String, UUID> tokens = new java.util.HashMap<>();
		jdbc.sql("select token, person_id from person_name_tokens where case_id = :case")
			.param("case", caseId)
			.query((rs, row) -> tokens.put(rs.getString(1), rs.getObject(2, UUID.class)))
			.list();
		return tokens;
	}

	private Set<String> tokens(Identity identity) {
		Set<String> tokens = new LinkedHashSet<>();
		Stream.of(identity.name(), identity.namesInOtherScripts(), identity.aliases())
			.filter(v -> v != null && !v.isBlank())
			.flatMap(v -> Arrays.stream(v.split("[;,\\n]")))
			.map(String::strip)
			.filter(v -> !v.isEmpty())
			.forEach(v -> tokens.addAll(index.of(v)));
		return tokens;
	}

}
