package org.vigil.letters;

import java.util.List;
import java.util.Objects;

/**
 * A label for an envelope: the postal address, one line each, in the script the post reads
 * (Chinese and Korean addresses print as they are written).
 */
public record AddressLabel(List<String> lines) {

	public AddressLabel {
		lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
	}

}
