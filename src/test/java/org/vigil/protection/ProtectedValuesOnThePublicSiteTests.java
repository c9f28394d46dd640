package org.vigil.protection;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.HtmlUtils;
import org.vigil.accounts.Role;
import org.vigil.support.DispatchingIntegrationTest;
import org.vigil.support.OperatorShell;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The marker test for the public site: a case whose every kind of protected field holds a distinctive
 * value — persons' names in Latin, Hangul and Chinese script, aliases, an exact birth date and a birth
 * year, where a person is now, a place of hiding, a source's name and contact details — and whose
 * letter names them all, as letters to governments do. The letter goes the real way (approved,
 * dispatched, prepared through the redaction pass, released by a second reviewer, corrected); then
 * every public page, feed and the public JSON, every file of the static export and every row of the
 * public search index is read whole, and none holds any of the values — in any case, spacing or
 * punctuation, nor escaped as HTML, JSON or in an address — while each of them does hold the item.
 */
class ProtectedValuesOnThePublicSiteTests extends DispatchingIntegrationTest {

	private static final String MARK = "Zq" + letters(UUID.randomUUID());

	private static final String SECOND_MARK = "Zw" + letters(UUID.randomUUID());

	private static final String SOURCE_MARK = "Zv" + letters(UUID.randomUUID());

	private static final String PLACE_MARK = "Zh" + letters(UUID.randomUUID());

	/** A word of the public text only, by which each page, feed, file and index row is seen to hold the item. */
	private static final String PUBLIC_MARK = "Pub" + letters(UUID.randomUUID());

	private static final String EMAIL = "pak." + SOURCE_MARK.toLowerCase(Locale.ROOT) + "@mail.example.org";

	/** Letters and digits only, the rest as one space: a value written with other spacing or punctuation is the same value. */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}\\p{Z}·、，。：；！？「」『』（）]+");

	private static final Pattern PERCENT_ENCODED = Pattern.compile("(?:%[0-9A-Fa-f]{2})+");

	private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

	@Autowired
	ApplicationContext context;

	@TempDir
	Path temporary;

	/** A protected value, the field it is in, and whether it is still the value with its words run together (not for a date). */
	private record Marker(String field, String value, boolean runTogether) {
	}

	@Test
	void noProtectedValueOfTheCaseIsOnAnyPublicPageFeedExportedFileOrSearchIndexRow() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		UUID caseId = caseWithMarkers(researcher);
		UUID appealId = dispatchedAppeal(team, researcher, caseId);
		TestUser preparer = user(team, Role.REVIEWER);
		TestUser releaser = user(team, Role.REVIEWER);
		JsonNode prepared = read(mvc.perform(api(post("/api/cases/" + caseId + "/publications"), preparer)
				.content("{\"appealId\": \"" + appealId + "\"}"))
			.andExpect(status().isCreated()).andReturn());
		String id = prepared.get("id").asString();
		assertThat(prepared.get("title").asString()).contains(PUBLIC_MARK);
		assertThat(prepared.get("body").asString()).as("the draft: the letter after the redaction pass").contains("Removed by the redaction pass");
		JsonNode released = read(mvc.perform(api(post("/api/publications/" + id + "/release"), releaser)
				.content(json.writeValueAsString(Map.of("version", 0))))
			.andExpect(status().isOk()).andReturn());
		assertThat(released.get("status").asString()).isEqualTo("PUBLISHED");
		mvc.perform(api(post("/api/publications/" + id + "/correct"), releaser).content(json.writeValueAsString(Map.of(
				"title", released.get("title").asString(), "summary", released.get("summary").asString(),
				"body", released.get("body").asString() + "\n\nRefugee B was moved to another cell.", "note",
				"Refugee B was moved.", "version", 1))))
			.andExpect(status().isOk());
		String path = released.get("path").asString();
		String slug = path.substring("/public/".length());

		Map<String, String> read = new LinkedHashMap<>();
		List<String> paths = new ArrayList<>(List.of("/public", "/public?lang=ko", "/public?lang=zh", "/public/region/eastern-asia",
				"/public/region/asia", "/public/country/cn", "/public/country/cn?lang=ko", "/public/theme/refoulement",
				"/public/search?q=" + PUBLIC_MARK.toLowerCase(Locale.ROOT), "/public/search?q=redaction", "/public/feed.atom",
				"/public/feed.rss", "/public/feed.json", "/public/country/cn/feed.atom", "/public/country/cn/feed.rss",
				"/public/country/cn/feed.json", "/public/api/items", "/public/api/items?country=CN", "/public/api/items?region=eastern-asia",
				path, path + "?lang=zh", path + "?version=1", path + "?version=2"));
		for (String address : paths) {
			MockHttpServletResponse answer = mvc.perform(get(address)).andReturn().getResponse();
			assertThat(answer.getStatus()).as(address).isEqualTo(200);
			StringBuilder whole = new StringBuilder();
			answer.getHeaderNames().forEach(name -> whole.append(name).append(": ").append(answer.getHeaders(name)).append('\n'));
			read.put(address, whole.append(answer.getContentAsString(StandardCharsets.UTF_8)).toString());
		}
		Path export = temporary.resolve("export");
		OperatorShell.Ran exported = OperatorShell.run(context, "publishing", "export", "--to", export.toString());
		assertThat(exported.exit()).as(exported.all()).isZero();
		try (Stream<Path> files = Files.walk(export)) {
			// the fonts are the files Vigil ships, the same in every export: everything written is read
			for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".ttf")).toList()) {
				read.put("export: " + export.relativize(file), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
			}
		}
		List<String> holdingTheItem = new ArrayList<>(paths);
		for (String file : List.of("index.html", "index.json", "feed.atom", "feed.rss", "feed.json", "country/cn/index.html",
				"country/cn/feed.atom", "country/cn/feed.rss", "country/cn/feed.json", "region/eastern-asia/index.html",
				"theme/refoulement/index.html", slug + "/index.html", slug + "/v1.html")) {
			holdingTheItem.add("export: " + file);
		}
		List<Map<String, Object>> rows = jdbc.queryForList("select slug, search_text, t::text as whole from public_items t");
		rows.forEach(row -> read.put("search index: " + row.get("slug"), row.get("search_text") + "\n" + row.get("whole")));
		jdbc.queryForList("select t::text from public_item_versions t", String.class)
			.forEach(row -> read.put("item version: " + row.substring(0, Math.min(60, row.length())), row));
		holdingTheItem.add("search index: " + slug);
		assertThat(read).containsKeys(holdingTheItem.toArray(String[]::new));

		// What lists or shows the item holds it (so the item was read where it is); nothing read holds a protected value.
		List<Marker> markers = markers();
		List<String> withoutTheItem = new ArrayList<>();
		List<String> leaks = new ArrayList<>();
		read.forEach((where, content) -> {
			String text = folded(content + "\n" + decoded(content));
			String runTogether = text.replace(" ", "");
			if (holdingTheItem.contains(where) && !text.contains(folded(PUBLIC_MARK))) {
				withoutTheItem.add(where);
			}
			for (Marker marker : markers) {
				String value = folded(marker.value());
				if (text.contains(value) || marker.runTogether() && runTogether.contains(value.replace(" ", ""))) {
					leaks.add(where + " holds " + marker.field());
				}
			}
		});
		assertThat(withoutTheItem).as("read, but did not hold the item").isEmpty();
		assertThat(leaks).as("protected values on the public side").isEmpty();
		assertThat(folded(read.get(path))).as("the letter went through the redaction pass").contains(folded("Removed by the redaction pass"));

		// Searching the public site for a protected value finds nothing (the page repeats the query, so only the item is looked for).
		for (String value : List.of(MARK, hangul(MARK), hanzi(MARK), SECOND_MARK, SOURCE_MARK, PLACE_MARK, "1381234", EMAIL)) {
			assertThat(mvc.perform(get("/public/search").param("q", value)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8)).as("search for " + value).doesNotContain(slug);
		}
	}

	/** The values of the case's protected fields, as recorded, and as a letter would write them otherwise. */
	private static List<Marker> markers() {
		List<Marker> markers = new ArrayList<>();
		for (String[] name : new String[][] { { "person 1's name (Latin)", "Kwon " + MARK }, { "person 1's name (Latin, family name last)", MARK + " Kwon" },
				{ "person 1's name (a part of it)", MARK }, { "person 1's name (Hangul)", "권" + hangul(MARK) }, { "person 1's name (Hangul, given name)", hangul(MARK) },
				{ "person 1's name (Chinese)", "金" + hanzi(MARK) }, { "person 1's name (Chinese, given name)", hanzi(MARK) },
				{ "person 1's alias", "Little " + MARK + "ie" }, { "person 2's name", "Ri " + SECOND_MARK }, { "person 2's name (a part of it)", SECOND_MARK },
				{ "person 2's alias (Hangul)", "꼬마" + hangul(SECOND_MARK) }, { "person 2's alias (a part of it)", hangul(SECOND_MARK) },
				{ "where person 2 is now", "back room of " + SECOND_MARK + " Bakery" }, { "the place of hiding", "flat of " + PLACE_MARK },
				{ "the place of hiding (a part of it)", PLACE_MARK }, { "source 1's name", "Pak " + SOURCE_MARK },
				{ "source 1's name (a part of it)", SOURCE_MARK }, { "source 1's email", EMAIL }, { "source 1's phone", "+86 138 1234 5678" },
				{ "source 1's phone (national)", "138 1234 5678" }, { "source 1's phone (digits)", "13812345678" } }) {
			markers.add(new Marker(name[0], name[1], true));
		}
		for (String date : List.of("1990-03-14", "14 March 1990", "March 14, 1990", "14 Mar 1990", "Mar 14, 1990", "14/03/1990", "03/14/1990",
				"14.03.1990", "1990/03/14", "1990.03.14", "1990年3月14日", "1990년 3월 14일", "born in 1985", "born 1985", "b. 1985", "1985년생",
				"1985년 출생", "1985年生", "1985年出生")) {
			markers.add(new Marker("a birth date (" + date + ")", date, false));
		}
		return markers;
	}

	/** What a reader's software makes of the text: HTML entities, JSON escapes and percent-encoded addresses decoded. */
	private static String decoded(String content) {
		String text = HtmlUtils.htmlUnescape(content);
		text = JSON_ESCAPE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
		return PERCENT_ENCODED.matcher(text).replaceAll(m -> {
			String hex = m.group().replace("%", "");
			byte[] bytes = new byte[hex.length() / 2];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
			}
			return Matcher.quoteReplacement(new String(bytes, StandardCharsets.UTF_8));
		});
	}

	/** Compatibility forms as their plain letters, accents dropped, lower case, any run of spaces and punctuation one space. */
	private static String folded(String text) {
		String plain = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", ""), Normalizer.Form.NFC);
		return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** A case whose protected fields hold the markers, each kind of field once: two persons, a source, a place of hiding. */
	private UUID caseWithMarkers(TestUser researcher) throws Exception {
		UUID caseId = UUID.fromString(read(mvc.perform(api(post("/api/cases"), researcher).content(json.writeValueAsString(Map.of(
				"title", "Two refugees", "countryOfCustody", "CN", "countryOfFearedReturn", "KP", "summary", "summary", "priority", "URGENT",
				"themes", List.of("Refoulement")))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
		reveal(researcher, caseId);
		String personId = read(mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content(json.writeValueAsString(
				Map.of("kind", "INDIVIDUAL", "publicLabel", "Refugee A", "name", "Kwon " + MARK,
						"namesInOtherScripts", "권" + hangul(MARK) + "; 金" + hanzi(MARK), "aliases", "Little " + MARK + "ie",
						"birthDate", "1990-03-14"))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString();
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content(json.writeValueAsString(Map.of("kind", "INDIVIDUAL",
				"publicLabel", "Refugee B", "name", "Ri " + SECOND_MARK, "aliases", "꼬마" + hangul(SECOND_MARK), "birthDate", "1985-01-01",
				"birthDatePrecision", "YEAR_ONLY", "preciseLocation", "back room of " + SECOND_MARK + " Bakery"))))
			.andExpect(status().isCreated());
		mvc.perform(api(post("/api/cases/" + caseId + "/sources"), researcher).content(json.writeValueAsString(Map.of(
				"label", "Contact near Yanji", "name", "Pak " + SOURCE_MARK, "contactDetails", "+86 138 1234 5678; " + EMAIL))))
			.andExpect(status().isCreated());
		mvc.perform(api(post("/api/cases/" + caseId + "/whereabouts"), researcher).content(json.writeValueAsString(Map.of(
				"personId", personId, "kind", "HIDING", "place", Map.of("name", "flat of " + PLACE_MARK, "lat", 42.88, "lon", 129.5),
				"date", Map.of("earliest", "2026-01-10")))))
			.andExpect(status().isCreated());
		return caseId;
	}

	/**
	 * An appeal whose letter names every protected value (and cites the evidence), approved by a second person and sent
	 * by email, as a letter to a government may: the redaction pass is what keeps them from the public text.
	 */
	private UUID dispatchedAppeal(String team, TestUser researcher, UUID caseId) throws Exception {
		String body = """
				We appeal to you on behalf of Refugee A and Refugee B, two refugees held in Yanji.

				[facts]
				Refugee A is Kwon %1$s (권%2$s, 金%3$s), known as Little %1$sie, born on 14 March 1990.

				Refugee B is Ri %4$s (꼬마%5$s), a man born in 1985, now in the back room of %4$s Bakery.

				Refugee A was hiding in the flat of %6$s before the arrest.

				We learnt of the arrest from Pak %7$s, who can be reached on +86 138 1234 5678 or at %8$s.

				The enclosed file is the statement Pak %7$s gave us.

				[closing]
				We trust that Your Excellency will not return them.
				""".formatted(MARK, hangul(MARK), hanzi(MARK), SECOND_MARK, hangul(SECOND_MARK), PLACE_MARK, SOURCE_MARK, EMAIL);
		UUID appealId = UUID.fromString(read(mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), researcher)
				.content(json.writeValueAsString(Map.of("addressee", "Xi Jinping, President of the People's Republic of China",
						"language", "en", "subject", "Do not return Refugee A and Refugee B (" + PUBLIC_MARK + ")",
						"asks", "That they not be returned", "body", body))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
		String appeal = "/api/cases/" + caseId + "/appeals/" + appealId;
		mvc.perform(api(post(appeal + "/submit"), researcher).content("{\"version\": 0}")).andExpect(status().isOk());
		mvc.perform(api(post(appeal + "/approve"), user(team, Role.REVIEWER))
				.content(json.writeValueAsString(Map.of("version", 1, "password", PASSWORD))))
			.andExpect(status().isOk());
		mvc.perform(api(post(appeal + "/dispatches"), user(team, Role.ADVOCACY)).content(json.writeValueAsString(Map.of("channels",
				List.of(Map.of("channel", "EMAIL", "to", "general-office-" + UUID.randomUUID() + "@gov.example.org"))))))
			.andExpect(status().isCreated());
		awaitListeners();
		return appealId;
	}

	/** Eight letters from an id, so that a marker is one word to the blind index. */
	private static String letters(UUID id) {
		StringBuilder out = new StringBuilder();
		for (char c : id.toString().replace("-", "").substring(0, 8).toCharArray()) {
			out.append((char) ('a' + Character.digit(c, 16)));
		}
		return out.toString();
	}

	/** Three Hangul syllables derived from the marker, so that the Korean name is as unique as the Latin one. */
	private static String hangul(String mark) {
		return syllables(mark, 0xAC00, 11172);
	}

	private static String hanzi(String mark) {
		return syllables(mark, 0x4E00, 20902);
	}

	private static String syllables(String mark, int first, int count) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			out.appendCodePoint(first + Math.floorMod(mark.hashCode() * (i + 7) + i * 7919, count));
		}
		return out.toString();
	}

}
