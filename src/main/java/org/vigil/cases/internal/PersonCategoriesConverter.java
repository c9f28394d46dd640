package org.vigil.cases.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.vigil.cases.PersonCategory;

/** Stores a person's categories as their names, comma-separated in declaration order ("" for none). */
@Converter
class PersonCategoriesConverter implements AttributeConverter<Set<PersonCategory>, String> {

	@Override
	public String convertToDatabaseColumn(Set<PersonCategory> categories) {
		if (categories == null || categories.isEmpty()) {
			return "";
		}
		return EnumSet.copyOf(categories).stream().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<PersonCategory> convertToEntityAttribute(String column) {
		Set<PersonCategory> categories = EnumSet.noneOf(PersonCategory.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(String::strip).map(PersonCategory::valueOf).forEach(categories::add);
		}
		return categories;
	}

}
