package org.vigil.bench.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Case references for generated cases ({@code CN 1234/2019}), continuing the numbers already in
 * {@code case_reference_counters}, and written back at the end so that cases opened later in the
 * application get the next free number.
 */
final class ReferenceCounters {

	private final Map<String, Integer> last = new HashMap<>();

	static ReferenceCounters load(Connection connection) throws SQLException {
		ReferenceCounters counters = new ReferenceCounters();
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("select country, year, last_number from case_reference_counters")) {
			while (rows.next()) {
				counters.last.put(key(rows.getString(1), rows.getInt(2)), rows.getInt(3));
			}
		}
		return counters;
	}

	String next(String country, int year) {
		int number = last.merge(key(country, year), 1, Integer::sum);
		return country + " " + number + "/" + year;
	}

	void save(Connection connection) throws SQLException {
		try (var upsert = connection.prepareStatement("""
				insert into case_reference_counters (country, year, last_number) values (?, ?, ?)
				on conflict (country, year) do update
				set last_number = greatest(case_reference_counters.last_number, excluded.last_number)""")) {
			for (Map.Entry<String, Integer> entry : last.entrySet()) {
				upsert.setString(1, entry.getKey().substring(0, 2));
				upsert.setInt(2, Integer.parseInt(entry.getKey().substring(3)));
				upsert.setInt(3, entry.getValue());
				upsert.addBatch();
			}
			upsert.executeBatch();
		}
	}

	private static String key(String country, int year) {
		return country + "/" + year;
	}

}
