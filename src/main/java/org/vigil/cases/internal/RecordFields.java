package org.vigil.cases.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the value records of cases, persons and sources into named fields, to compare two versions
 * of a record. Fields of {@link Identity} and the identifying fields of a source are protected:
 * a comparison says that they changed, never from what to what.
 */
final class RecordFields {

	static final Set<String> PROTECTED = Set.of("name", "namesInOtherScripts", "aliases", "sex", "birthDate",
			"birthDatePrecision", "nationality", "notes", "preciseLocation", "contactDetails");

	private RecordFields() {
	}

	static Map<String, Object> of(Record... parts) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (Record part : parts) {
			for (RecordComponent component : part.getClass().getRecordComponents()) {
				try {
					fields.put(component.getName(), component.getAccessor().invoke(part));
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException("Cannot read " + component, ex);
				}
			}
		}
		return fields;
	}

	static List<FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
		List<FieldChange> changes = new ArrayList<>();
		after.forEach((field, value) -> {
			Object old = before.get(field);
			if (!Objects.equals(normalise(old), normalise(value))) {
				boolean isProtected = PROTECTED.contains(field);
				changes.add(new FieldChange(field, isProtected ? null : display(old), isProtected ? null : display(value), isProtected));
			}
		});
		return changes;
	}

	private static Object normalise(Object value) {
		return value instanceof Collection<?> c ? new TreeSet<>(c.stream().map(String::valueOf).toList()) : value;
	}

	static String display(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> c) {
			return String.join("; ", c.stream().map(String::valueOf).sorted().toList());
		}
		return String.valueOf(value);
	}

}
