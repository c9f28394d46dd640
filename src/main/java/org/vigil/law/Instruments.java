package org.vigil.law;

import java.util.List;

/** The instruments Vigil knows, in a stable order (the order of {@link InstrumentCode}). */
public interface Instruments {

	List<Instrument> all();

	Instrument of(InstrumentCode code);

}
