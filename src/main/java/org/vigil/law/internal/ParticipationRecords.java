package org.vigil.law.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.law.ConsentWay;
import org.vigil.law.InstrumentCode;
import org.vigil.law.Participation;
import org.vigil.law.ParticipationStatus;
import org.vigil.law.StateParticipation;

/**
 * State participation as stored in {@code law_participation}: the shipped starting data (V111) and
 * whatever administrators accepted from imports since.
 */
@Component
class ParticipationRecords implements StateParticipation {

	static final String COLUMNS = "state, instrument, status, how, act_date, signed, reservations, restricts, complaints, "
			+ "verified, source, as_of, version";

	private final JdbcClient jdbc;

	private final LawCatalogue catalogue;

	ParticipationRecords(JdbcClient jdbc, LawCatalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	@Override
	public boolean tracks(String iso2) {
		return iso2 != null && catalogue.states().containsKey(iso2);
	}

	/** The tracked state's code in capitals, or 404: pages and API name states by code. */
	String trackedOrNotFound(String iso2) {
		String code = iso2 == null ? "" : iso2.toUpperCase(java.util.Locale.ROOT);
		if (!tracks(code)) {
			throw new org.vigil.platform.NotFoundException("state");
		}
		return code;
	}

	/** A status filter as a page or the API sends it: blank for none, else one of the statuses, or bad input naming the field. */
	static ParticipationStatus statusFilter(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		return java.util.Arrays.stream(ParticipationStatus.values()).filter(s -> s.name().equals(status)).findFirst()
			.orElseThrow(() -> org.vigil.platform.Refusal.onField(LawRefusal.LAW_VALUE_NOT_OFFERED, "status").toException());
	}

	@Override
	public List<Participation> of(String iso2) {
		Map<InstrumentCode, Participation> rows = new EnumMap<>(InstrumentCode.class);
		jdbc.sql("select " + COLUMNS + " from law_participation where state = ?").param(iso2)
			.query(ParticipationRecords::row).list()
			.forEach(row -> rows.put(row.instrument(), row));
		List<Participation> all = new ArrayList<>();
		for (InstrumentCode code : InstrumentCode.values()) {
			all.add(rows.getOrDefault(code, Participation.unknown(iso2, code)));
		}
		return all;
	}

	@Override
	public Participation of(String iso2, InstrumentCode instrument) {
		return jdbc.sql("select " + COLUMNS + " from law_participation where state = ? and instrument = ?")
			.param(iso2).param(instrument.code())
			.query(ParticipationRecords::row).optional()
			.orElseGet(() -> Participation.unknown(iso2, instrument));
	}

	@Override
	public List<Participation> across(InstrumentCode instrument) {
		return jdbc.sql("select " + COLUMNS + " from law_participation where instrument = ? order by state").param(instrument.code())
			.query(ParticipationRecords::row).list();
	}

	/** The stored version of a row (0 when it was never changed since it was loaded), for concurrent-change checks. */
	long version(String state, InstrumentCode instrument) {
		return jdbc.sql("select version from law_participation where state = ? and instrument = ?").param(state)
			.param(instrument.code()).query(Long.class).optional().orElse(-1L);
	}

	static Participation row(ResultSet rs, int rowNumber) throws SQLException {
		String how = rs.getString("how");
		Object complaints = rs.getObject("complaints");
		return new Participation(rs.getString("state"), InstrumentCode.parse(rs.getString("instrument")).orElseThrow(),
				ParticipationStatus.valueOf(rs.getString("status")), how == null ? null : ConsentWay.valueOf(how),
				date(rs, "act_date"), date(rs, "signed"), rs.getString("reservations"), ShippedData.restricts(rs.getString("restricts")),
				complaints == null ? null : (Boolean) complaints, rs.getBoolean("verified"), rs.getString("source"), date(rs, "as_of"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

}
