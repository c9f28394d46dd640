package org.vigil.platform.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every template keeps to, so that a page added later is framed, dated and readable on a
 * phone like the others without anyone remembering to: the rendered pages are checked in
 * {@link PageLayoutTests}.
 */
class TemplatesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern WEARS_THE_LAYOUT = Pattern.compile(
			"\\A<!DOCTYPE html>\\s*<html [^>]*th:replace=\"~\\{fragments/layout :: page\\(.+, ~\\{::main}\\)}\">");

	/** The public site's pages ({@code templates/public}) wear its own light frame instead, nothing of the signed-in site's. */
	private static final Pattern WEARS_THE_PUBLIC_LAYOUT = Pattern.compile(
			"\\A<!DOCTYPE html>\\s*<html [^>]*th:replace=\"~\\{fragments/public :: page\\(.+, ~\\{::main}\\)}\">");

	@Test
	void everyPageWearsTheLayout() throws IOException {
		List<String> unframed = new ArrayList<>();
		for (Path page : templates()) {
			Pattern frame = page.startsWith(TEMPLATES.resolve("public")) ? WEARS_THE_PUBLIC_LAYOUT : WEARS_THE_LAYOUT;
			if (!page.startsWith(TEMPLATES.resolve("fragments")) && !frame.matcher(Files.readString(page)).find()) {
				unframed.add(TEMPLATES.relativize(page).toString());
			}
		}
		assertThat(unframed).isEmpty();
	}

	@Test
	void noTemplateFormatsADateItself() throws IOException {
		List<String> formatting = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			if (html.contains("#temporals") || html.contains("#dates") || html.contains("yyyy")) {
				formatting.add(TEMPLATES.relativize(template).toString());
			}
		}
		assertThat(formatting).as("dates go through ${@dates.dateTime(…)} or ${@dates.date(…)}").isEmpty();
	}

	@Test
	void everyTableCellNamesItsColumn() throws IOException {
		List<String> unnamed = new ArrayList<>();
		for (Path template : templates()) {
			Pattern.compile("<td\\b[^>]*>").matcher(Files.readString(template)).results()
				.filter(cell -> !cell.group().contains("th:data-label=\"#{"))
				.forEach(cell -> unnamed.add(TEMPLATES.relativize(template) + ": " + cell.group()));
		}
		assertThat(unnamed).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).toList();
		}
	}

}
