package org.vigil.bench.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vigil.platform.UsageException;

/** The {@code --name value} (or {@code --name=value}) options of a bench sub-command. */
final class Options {

	private final Map<String, String> values;

	private Options(Map<String, String> values) {
		this.values = values;
	}

	static Options parse(List<String> words) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (!word.startsWith("--")) {
				throw new UsageException("Unexpected '" + word + "': options start with --.");
			}
			String name = word.substring(2);
			int equals = name.indexOf('=');
			if (equals >= 0) {
				values.put(name.substring(0, equals), name.substring(equals + 1));
			}
			else if (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
				values.put(name, words.get(++i));
			}
			else {
				values.put(name, "true");
			}
		}
		return new Options(values);
	}

	String text(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	String text(String name) {
		return values.get(name);
	}

	int integer(String name, int fallback) {
		String value = values.get(name);
		try {
			return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--" + name + " must be a whole number, not '" + value + "'.");
		}
	}

	double decimal(String name, double fallback) {
		String value = values.get(name);
		try {
			return value == null ? fallback : Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--" + name + " must be a number, not '" + value + "'.");
		}
	}

	List<Integer> integers(String name, String fallback) {
		List<Integer> numbers = new ArrayList<>();
		for (String part : text(name, fallback).split(",")) {
			try {
				numbers.add(Integer.parseInt(part.strip()));
			}
			catch (NumberFormatException ex) {
				throw new UsageException("--" + name + " must be a list of whole numbers such as 1,8.");
			}
		}
		return numbers;
	}

	Path path(String name, String fallback) {
		return Path.of(text(name, fallback));
	}

	boolean has(String name) {
		return values.containsKey(name);
	}

}
