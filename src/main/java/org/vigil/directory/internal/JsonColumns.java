package org.vigil.directory.internal;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.vigil.directory.FormOfAddress;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The small lists of an entry, stored as JSON text in their columns. */
final class JsonColumns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonColumns() {
	}

	/** A list kept as a JSON array; {@code null} reads and writes as the empty list. */
	abstract static class JsonList<T> implements AttributeConverter<List<T>, String> {

		private final TypeReference<List<T>> type;

		JsonList(TypeReference<List<T>> type) {
			this.type = type;
		}

		@Override
		public String convertToDatabaseColumn(List<T> value) {
			return JSON.writeValueAsString(value == null ? List.of() : value);
		}

		@Override
		public List<T> convertToEntityAttribute(String column) {
			return column == null ? List.of() : JSON.readValue(column, type);
		}

	}

	@Converter
	static class Languages extends JsonList<String> {

		Languages() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	static class Forms extends JsonList<FormOfAddress> {

		Forms() {
			super(new TypeReference<>() {
			});
		}

	}

	@Converter
	static class Channels extends JsonList<AuthorityDraft.ChannelDraft> {

		Channels() {
			super(new TypeReference<>() {
			});
		}

	}

}
