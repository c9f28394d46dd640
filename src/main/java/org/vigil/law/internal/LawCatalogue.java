package org.vigil.law.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.vigil.law.Instrument;
import org.vigil.law.InstrumentCode;
import org.vigil.law.Instruments;

/** The instruments and tracked states Vigil ships (src/main/resources/law/), read once at start. */
@Component
class LawCatalogue implements Instruments {

	private final List<Instrument> instruments = ShippedData.instruments();

	private final Map<InstrumentCode, Instrument> byCode = ShippedData.byCode(instruments);

	private final Map<String, String> states = ShippedData.states();

	@Override
	public List<Instrument> all() {
		return instruments;
	}

	@Override
	public Instrument of(InstrumentCode code) {
		return byCode.get(code);
	}

	/** The tracked states (UN members and observers), ISO code to the UN's name for them, in the UN's order. */
	Map<String, String> states() {
		return states;
	}

}
