package org.vigil.law.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.vigil.law.InstrumentCode;
import org.vigil.law.Participation;

/** Participation rows held in memory, looked up by state and instrument: what the engine reads. */
final class ParticipationTable {

	private final Map<String, Map<InstrumentCode, Participation>> rows = new HashMap<>();

	ParticipationTable(Collection<Participation> participation) {
		for (Participation row : participation) {
			rows.computeIfAbsent(row.state(), s -> new EnumMap<>(InstrumentCode.class)).put(row.instrument(), row);
		}
	}

	/** The row, or an unverified {@code NONE} when nothing is held. */
	Participation of(String state, InstrumentCode instrument) {
		Map<InstrumentCode, Participation> byInstrument = rows.get(state);
		Participation row = byInstrument == null ? null : byInstrument.get(instrument);
		return row != null ? row : Participation.unknown(state, instrument);
	}

}
