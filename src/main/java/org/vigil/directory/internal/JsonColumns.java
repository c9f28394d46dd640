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

	@Converter
	static class Languages implements AttributeConverter<List<String>, String> {

		@Override
		public String convertToDatabaseColumn(List<String> value) {
			return JSON.writeValueAsString(value == null ? List.of() : value);
		}

		@Override
		public List<String> convertToEntityAttribute(String column) {
			return column == null ? List.of() : JSON.readValue(column, new TypeReference<List<String>>() {
			});
		}

	}

	@Converter
	static class Forms implements AttributeConverter<List<FormOfAddress>, String> {

		@Override
		public String convertToDatabaseColumn(List<FormOfAddress> value) {
			return JSON.writeValueAsString(value == null ? List.of() : value);
		}

		@Override
		public List<FormOfAddress> convertToEntityAttribute(String column) {
			return column == null ? List.of() : JSON.readValue(column, new TypeReference<List<FormOfAddress>>() {
			});
		}

	}

	@Converter
	static class Channels implements AttributeConverter<List<AuthorityDraft.ChannelDraft>, String> {

		@Override
		public String convertToDatabaseColumn(List<AuthorityDraft.ChannelDraft> value) {
			return JSON.writeValueAsString(value == null ? List.of() : value);
		}

		@Override
		public List<AuthorityDraft.ChannelDraft> convertToEntityAttribute(String column) {
			return column == null ? List.of() : JSON.readValue(column, new TypeReference<List<AuthorityDraft.ChannelDraft>>() {
			});
		}

	}

}
