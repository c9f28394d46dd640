package org.vigil.cases.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.vigil.cases.ReturnRisk;

/**
 * Stores a case's risks as their names, comma-separated in declaration order ({@code null} for
 * none), so that history shows them as one field; all eight and their separators fit in the column.
 */
@Converter
class RisksConverter implements AttributeConverter<Set<ReturnRisk>, String> {

	@Override
	public String convertToDatabaseColumn(Set<ReturnRisk> risks) {
		if (risks == null || risks.isEmpty()) {
			return null;
		}
		return EnumSet.copyOf(risks).stream().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<ReturnRisk> convertToEntityAttribute(String column) {
		return parse(column);
	}

	static Set<ReturnRisk> parse(String column) {
		Set<ReturnRisk> risks = EnumSet.noneOf(ReturnRisk.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(ReturnRisk::valueOf).forEach(risks::add);
		}
		return risks;
	}

}
