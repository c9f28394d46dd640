package org.vigil.cases.internal;

import java.time.Year;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out case references such as {@code CN 3/2026}: country of custody, then a running number
 * per country and year. The counter is advanced in the database, so two people opening cases at
 * the same moment never receive the same number.
 */
@Component
class CaseReferences {

	private final JdbcClient jdbc;

	CaseReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String format(String country, int number, int year) {
		return country + " " + number + "/" + year;
	}

	String next(String countryOfCustody) {
		int year = Year.now(ZoneOffset.UTC).getValue();
		int number = jdbc.sql("""
				insert into case_reference_counters (country, year, last_number) values (:country, :year, 1)
				on conflict (country, year) do update set last_number = case_reference_counters.last_number + 1
				returning last_number""")
			.param("country", countryOfCustody)
			.param("year", year)
			.query(Integer.class)
			.single();
		return format(countryOfCustody, number, year);
	}

}
