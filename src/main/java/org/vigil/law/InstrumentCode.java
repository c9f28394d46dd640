package org.vigil.law;

import java.util.Arrays;
import java.util.Optional;

/**
 * The instruments a letter may cite, by their stable codes ({@code ICCPR-OP1}, {@code REFUGEE-1951}):
 * the code is what the API and the data files carry; the constant is its Java spelling.
 */
public enum InstrumentCode {

	ICERD, ICCPR, ICCPR_OP1, ICCPR_OP2, ICESCR, CEDAW, CAT, OPCAT, CRC, ICMW, CRPD, CED, REFUGEE_1951, REFUGEE_1967,
	PALERMO_TRAFFICKING, VCLT;

	/** The stable code, e.g. {@code REFUGEE-1951}. */
	public String code() {
		return name().replace('_', '-');
	}

	/** The instrument with this code (exactly as {@link #code()} writes it), if there is one. */
	public static Optional<InstrumentCode> parse(String code) {
		return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
	}

}
