package org.vigil.bench.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The records the scenarios ask for, found in the database before the run: a sample of typical
 * cases (one to ten persons) and the case with the most persons, all visible to the bench user.
 */
record ScenarioData(UUID userId, UUID teamId, List<UUID> typicalCases, UUID largestCase, int largestCasePersons,
		long cases, long persons, long sources) {

	static final int SAMPLE = 200;

	static ScenarioData load(Connection connection, String username) throws SQLException {
		UUID userId = uuid(connection, "select id from users where lower(username) = lower(?)", username);
		UUID teamId = uuid(connection, "select team_id from team_members where user_id = ? order by team_id limit 1", userId);
		List<UUID> typical = new ArrayList<>();
		try (var query = connection.prepareStatement("""
				select c.id from cases c where c.team_id = ?
				and (select count(*) from persons p where p.case_id = c.id) between 1 and 10
				order by md5(c.id::text) limit ?""")) {
			query.setObject(1, teamId);
			query.setInt(2, SAMPLE);
			try (var rows = query.executeQuery()) {
				while (rows.next()) {
					typical.add(rows.getObject(1, UUID.class));
				}
			}
		}
		UUID largest;
		int largestPersons;
		try (var query = connection.prepareStatement("""
				select p.case_id, count(*) from persons p join cases c on c.id = p.case_id where c.team_id = ?
				group by p.case_id order by count(*) desc limit 1""")) {
			query.setObject(1, teamId);
			try (var rows = query.executeQuery()) {
				if (typical.isEmpty() || !rows.next()) {
					throw new IllegalStateException("The bench team has no cases with persons: run 'bench generate' first.");
				}
				largest = rows.getObject(1, UUID.class);
				largestPersons = rows.getInt(2);
			}
		}
		return new ScenarioData(userId, teamId, typical, largest, largestPersons, count(connection, "cases"),
				count(connection, "persons"), count(connection, "sources"));
	}

	UUID typical(int index) {
		return typicalCases.get(index % typicalCases.size());
	}

	private static UUID uuid(Connection connection, String sql, Object parameter) throws SQLException {
		try (var query = connection.prepareStatement(sql)) {
			query.setObject(1, parameter);
			try (var rows = query.executeQuery()) {
				if (!rows.next()) {
					throw new IllegalStateException("No bench user or team: run 'bench generate' first.");
				}
				return rows.getObject(1, UUID.class);
			}
		}
	}

	private static long count(Connection connection, String table) throws SQLException {
		try (var statement = connection.createStatement(); var rows = statement.executeQuery("select count(*) from " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
