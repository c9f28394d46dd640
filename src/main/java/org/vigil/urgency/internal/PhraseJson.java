package org.vigil.urgency.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Phrases as they are stored: {@code {"key": "urgency.reason.transfer", "args": [{"text": "Helong
 * (Jilin)"}, {"number": 27}, {"country": "KP"}, {"day": "2026-05-03"}, {"key": …, "args": […]}]}}.
 */
final class PhraseJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PhraseJson() {
	}

	static String write(Phrase phrase) {
		return JSON.writeValueAsString(node(phrase));
	}

	static String write(List<Phrase> phrases) {
		ArrayNode array = JSON.createArrayNode();
		phrases.forEach(phrase -> array.add(node(phrase)));
		return JSON.writeValueAsString(array);
	}

	static Phrase read(String text) {
		return phrase(JSON.readTree(text));
	}

	static List<Phrase> readAll(String text) {
		JsonNode array = JSON.readTree(text);
		List<Phrase> phrases = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			phrases.add(phrase(array.get(i)));
		}
		return phrases;
	}

	private static ObjectNode node(Phrase phrase) {
		ObjectNode node = JSON.createObjectNode();
		node.put("key", phrase.key());
		ArrayNode args = node.putArray("args");
		for (Word word : phrase.words()) {
			if (word instanceof Phrase inner) {
				args.add(node(inner));
			}
			else if (word instanceof Word.Number number) {
				args.addObject().put("number", number.value());
			}
			else if (word instanceof Word.Country country) {
				args.addObject().put("country", country.code());
			}
			else if (word instanceof Word.Day day) {
				args.addObject().put("day", day.value().toString());
			}
			else {
				args.addObject().put("text", ((Word.Text) word).value());
			}
		}
		return node;
	}

	private static Phrase phrase(JsonNode node) {
		List<Word> words = new ArrayList<>();
		JsonNode args = node.get("args");
		for (int i = 0; args != null && i < args.size(); i++) {
			words.add(word(args.get(i)));
		}
		return new Phrase(node.get("key").asString(), words);
	}

	private static Word word(JsonNode node) {
		if (node.has("key")) {
			return phrase(node);
		}
		if (node.has("number")) {
			return Word.number(node.get("number").asLong());
		}
		if (node.has("country")) {
			return Word.country(node.get("country").asString());
		}
		if (node.has("day")) {
			return Word.day(LocalDate.parse(node.get("day").asString()));
		}
		return Word.text(node.get("text").asString());
	}

}
