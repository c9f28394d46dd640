package org.vigil.protection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.vigil.platform.VigilProperties;
import org.vigil.support.TestDatabaseInitializer;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A distinctive protected value, written through the pages and the API, appears nowhere in
 * plaintext: not in any table (history included), not in the database's files on disk, not in
 * the application's output, not in error responses — while the people allowed to see it still do.
 * The same for the text of an appeal, for an evidence file's content, name and description,
 * which are not in the database's files nor anywhere under {@code <vigil.home>/files} in clear, and
 * for whereabouts: a place of hiding, an entry's notes and the text of a pasted report.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProtectedValuesAtRestTests extends WebIntegrationTest {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private VigilProperties vigil;

	@Test
	void aProtectedNameIsNeverStoredOrShownInClearOutsideNeedToKnow(CapturedOutput output) throws Exception {
		String marker = "Zqmarker" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Marker case", "CN");

		// Through the API: a person and a source, then an edit that goes into the history.
		reveal(researcher, caseId);
		String personId = read(mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher).content(json.writeValueAsString(Map.of(
				"kind", "INDIVIDUAL", "publicLabel", "Refugee M", "name", marker, "aliases", marker + " alias",
				"notes", "notes " + marker, "preciseLocation", "hiding at " + marker)))).andExpect(status().isCreated()).andReturn()).get("id").asString();
		mvc.perform(api(put("/api/cases/" + caseId + "/persons/" + personId), researcher).content(json.writeValueAsString(Map.of(
				"kind", "INDIVIDUAL", "publicLabel", "Refugee M", "name", marker + " junior", "preciseLocation", "now hiding at " + marker, "version", 0))))
			.andExpect(status().isOk());
		mvc.perform(api(post("/api/cases/" + caseId + "/sources"), researcher).content(json.writeValueAsString(Map.of(
				"label", "Informant", "name", marker + " informant", "contactDetails", "phone of " + marker))))
			.andExpect(status().isCreated());
		// An appeal's text is sealed with the case's key as well.
		UUID appealId = draftAppeal(researcher, caseId, "We are gravely concerned for " + marker + ".");
		// An evidence file whose content and name carry the value, through the API and the page.
		UUID fileId = uploadEvidence(researcher, caseId, marker + " statement.txt", "text/plain",
				("Statement of " + marker + " about the camp").getBytes(StandardCharsets.UTF_8));
		// Whereabouts: a place of hiding and notes (sealed with the person's key), a pasted report (the case's).
		mvc.perform(api(post("/api/cases/" + caseId + "/whereabouts"), researcher).content(json.writeValueAsString(Map.of(
				"personId", personId, "kind", "HIDING", "place", Map.of("name", "flat of " + marker, "lat", 42.88, "lon", 129.5),
				"date", Map.of("earliest", "2026-01-10"), "notes", "notes on " + marker))))
			.andExpect(status().isCreated());
		mvc.perform(api(post("/api/cases/" + caseId + "/whereabouts/reports"), researcher).content(json.writeValueAsString(Map.of(
				"text", marker + " says they were detained yesterday in Yanji", "reportedOn", "2026-01-11"))))
			.andExpect(status().isCreated());
		// Through the pages.
		MockHttpSession session = signIn(researcher);
		mvc.perform(multipart("/cases/" + caseId + "/files").session(session).with(csrf())
				.file(new MockMultipartFile("file", "photo of " + marker + ".jpg", "image/jpeg",
						("JFIF " + marker).getBytes(StandardCharsets.UTF_8)))
				.param("description", "taken by " + marker))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/cases/" + caseId + "/persons").session(session).with(csrf()).param("kind", "INDIVIDUAL")
				.param("role", "AT_RISK").param("publicLabel", "Refugee N").param("name", marker + " page")
				.param("preciseLocation", "a flat above the market, " + marker))
			.andExpect(status().is3xxRedirection());
		// Bad input and unknown ids carrying the value must not echo it back.
		String badJson = mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher)
				.content("{\"kind\": \"ALIEN\", \"publicLabel\": \"x\", \"name\": \"" + marker + "\"}"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		String notFound = mvc.perform(get("/cases/" + marker).session(session).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

		// The team still reads the name, once revealed.
		reveal(researcher, caseId);
		mvc.perform(api(get("/api/cases/" + caseId + "/persons/" + personId), researcher))
			.andExpect(jsonPath("$.identity.name").value(marker + " junior"));
		mvc.perform(api(get("/api/cases/" + caseId + "/persons/" + personId), researcher))
			.andExpect(jsonPath("$.identity.preciseLocation").value("now hiding at " + marker));

		mvc.perform(api(get("/api/cases/" + caseId + "/whereabouts"), researcher))
			.andExpect(jsonPath("$.entries[0].place.name").value("flat of " + marker))
			.andExpect(jsonPath("$.entries[0].notes").value("notes on " + marker));

		mvc.perform(api(get("/api/cases/" + caseId + "/appeals/" + appealId), researcher))
			.andExpect(jsonPath("$.body").value(containsString(marker)));
		assertThat(mvc.perform(api(get("/api/cases/" + caseId + "/files/" + fileId), researcher)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(marker);

		assertThat(badJson).doesNotContain(marker);
		assertThat(notFound).doesNotContain(marker);
		assertThat(everyRowAsText()).as("no table, history included, holds the value in clear").doesNotContain(marker);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("checkpoint");
		assertThat(filesContaining(TestDatabaseInitializer.dataDirectory(), marker)).as("database files on disk").isEmpty();
		assertThat(filesContaining(vigil.home(), marker)).as("the Vigil home: evidence files, logs, keys").isEmpty();
		assertThat(vigil.home().resolve("files").resolve(caseId.toString()).toFile().list()).as("both files stored").hasSize(2);
		assertThat(output.getAll()).as("application output").doesNotContain(marker);
	}

	/** A logical dump: every row of every table of the application's schema, as text. */
	private String everyRowAsText() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<String> tables = jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
				String.class);
		assertThat(tables).contains("persons", "persons_aud", "sources", "sources_aud", "appeals", "evidence_files", "whereabouts_entries",
				"whereabouts_reports");
		StringBuilder dump = new StringBuilder();
		for (String table : tables) {
			jdbc.queryForList("select t::text from \"" + table + "\" t", String.class).forEach(row -> dump.append(row).append('\n'));
		}
		return dump.toString();
	}

	private static List<Path> filesContaining(Path directory, String marker) throws IOException {
		byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
		List<Path> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] content;
				try {
					content = Files.readAllBytes(file);
				}
				catch (IOException gone) {
					continue; // PostgreSQL removes temporary files while we walk
				}
				if (indexOf(content, needle) >= 0) {
					found.add(file);
				}
			}
		}
		return found;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
