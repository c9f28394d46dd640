package org.vigil.directory;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The directory's pages: read by every signed-in user, curated by administrators on /admin/directory. */
class DirectoryPagesTests extends WebIntegrationTest {

	private String page(MockHttpServletRequestBuilder request, MockHttpSession session, int status) throws Exception {
		return mvc.perform(request.session(session)).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

	private MockHttpServletRequestBuilder newEntry(String title) {
		return post("/admin/directory").with(csrf()).param("country", "CN").param("kind", "EMBASSY").param("title", title)
			.param("hostCountry", "KR").param("languages", "zh, ko").param("salutationKo", "존경하는 대사님께")
			.param("postal", "Seoul").param("postalAsOf", "2026-11-02").param("postalSource", "The embassy's letterhead");
	}

	private UUID created(MockHttpSession admin, String title) throws Exception {
		String location = mvc.perform(newEntry(title).session(admin)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	/** A line of {@code columns} values starting with the given ones, blank after them. */
	private static String line(int columns, String... first) {
		String[] values = java.util.Arrays.copyOf(first, columns);
		return String.join(",", java.util.Arrays.stream(values).map(v -> v == null ? "" : v).toList());
	}

	private long version(UUID id) {
		return jdbc.queryForObject("select version from directory_authorities where id = ?", Long.class, id);
	}

	@Test
	void aResearcherReadsChinasEntriesWithTheirUnverifiedAndStaleMarks() throws Exception {
		MockHttpSession session = signIn(user(newTeam()));
		String list = page(get("/directory").param("country", "CN"), session, 200);
		assertThat(list).contains("President of the People&#39;s Republic of China", "Minister of Public Security", "unverified",
				"possibly stale");
		UUID president = jdbc.queryForObject("select id from directory_authorities where country = 'CN' and kind = 'HEAD_OF_STATE'", UUID.class);
		String shown = page(get("/directory/" + president), session, 200);
		assertThat(shown).contains("Zhongnanhai", "Beijing 100017", "尊敬的习近平主席阁下：", "Nobody has checked this entry")
			.doesNotContain("/admin/directory/" + president + "/edit");
	}

	@Test
	void aResearcherCannotCurateTheDirectory() throws Exception {
		MockHttpSession session = signIn(user(newTeam()));
		page(get("/admin/directory"), session, 403);
		page(newEntry("Ambassador"), session, 403);
	}

	@Test
	void anAdministratorCreatesVerifiesAndRetiresAnEntry() throws Exception {
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		UUID id = created(admin, "Ambassador of China to the Republic of Korea");
		mvc.perform(post("/admin/directory/" + id + "/verify").with(csrf()).session(admin).param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(page(get("/directory/" + id), admin, 200)).contains("checked by").doesNotContain("Nobody has checked this entry");
		mvc.perform(post("/admin/directory/" + id + "/retire").with(csrf()).session(admin).param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(page(get("/directory/" + id), admin, 200)).contains("This entry was retired");
		assertThat(page(get("/directory").param("country", "CN"), admin, 200)).doesNotContain("Ambassador of China to the Republic of Korea");
	}

	@Test
	void anEditOnAnOlderVersionShowsWhatIsSavedAndKeepsWhatWasTyped() throws Exception {
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		UUID id = created(admin, "Ambassador in Seoul");
		mvc.perform(post("/admin/directory/" + id).with(csrf()).session(admin).param("country", "CN").param("kind", "EMBASSY")
				.param("title", "Ambassador in Seoul, renamed").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		String conflict = page(post("/admin/directory/" + id).with(csrf()).param("country", "CN").param("kind", "EMBASSY")
			.param("title", "My unsaved title").param("version", "0"), admin, 409);
		assertThat(conflict).contains("Someone else changed this entry after you opened it", "My unsaved title", "Ambassador in Seoul, renamed");
		assertThat(jdbc.queryForObject("select title from directory_authorities where id = ?", String.class, id))
			.isEqualTo("Ambassador in Seoul, renamed");
	}

	@Test
	void aBadFaxNumberIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		String refused = page(newEntry("Ambassador with a bad fax").param("fax", "ask the embassy").param("faxAsOf", "2026-11-02")
			.param("faxSource", "a call"), admin, 400);
		assertThat(refused).contains("is not a fax number in international form", "ask the embassy");
		assertThat(jdbc.queryForObject("select count(*) from directory_authorities where title = 'Ambassador with a bad fax'", Integer.class))
			.isZero();
		assertThat(page(post("/admin/directory").with(csrf()).param("country", "CN").param("kind", "EMBASSY")
			.param("title", "Ambassador with a bad date").param("postal", "Seoul").param("postalAsOf", "yesterday").param("postalSource", "x"),
				admin, 400)).contains("Ambassador with a bad date");
	}

	/* The starting directory alone is 900 entries: the curation page lists the states, then one state's entries. */
	@Test
	void theCurationPageListsTheStatesAndThenTheEntriesOfTheOneChosen() throws Exception {
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		String states = page(get("/admin/directory"), admin, 200);
		assertThat(states).contains("/admin/directory?country=KE", "Kenya (").doesNotContain("Cabinet Secretary for Interior");
		String kenya = page(get("/admin/directory").param("country", "ke"), admin, 200);
		assertThat(kenya).contains("Cabinet Secretary for Interior and National Administration", "President of the Republic of Kenya")
			.doesNotContain("President of the People&#39;s Republic of China");
		page(get("/admin/directory").param("country", "XX"), admin, 404);
	}

	@Test
	void anExportImportedBackChangesNothing() throws Exception {
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		byte[] export = mvc.perform(get("/admin/directory/export.csv").session(admin)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(new String(export, StandardCharsets.UTF_8)).startsWith("id,country,kind,name,title,body").contains("Zhongnanhai");
		mvc.perform(multipart("/admin/directory/import").file(new MockMultipartFile("file", "directory.csv", "text/csv", export))
				.with(csrf()).session(admin))
			.andExpect(status().is3xxRedirection());
		assertThat(page(get("/admin/directory"), admin, 200)).contains("Imported: 0 new entries, 0 changed");
	}

	@Test
	void aFileWithOneBadLineIsRefusedNamingTheLineAndNothingChanges() throws Exception {
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		String export = mvc.perform(get("/admin/directory/export.csv").session(admin)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String[] lines = export.split("\r\n", 3);
		int columns = lines[0].split(",").length;
		String newLine = line(columns, "", "NO", "HEAD_OF_STATE", "", "King of Norway (import test)");
		String badLine = line(columns, "", "NO", "NOT_A_KIND", "", "Bad");
		String file = lines[0] + "\r\n" + newLine + "\r\n" + badLine + "\r\n";
		int before = jdbc.queryForObject("select count(*) from directory_authorities", Integer.class);
		String refused = mvc.perform(multipart("/admin/directory/import")
				.file(new MockMultipartFile("file", "directory.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8))).with(csrf()).session(admin))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("line 3 of the file, column kind", "has a value that is not one of those offered");
		assertThat(jdbc.queryForObject("select count(*) from directory_authorities", Integer.class)).isEqualTo(before);
	}

	@Test
	void theHistoryShowsWhoChangedWhatFromWhatToWhat() throws Exception {
		TestUser administrator = user(newTeam(), Role.ADMINISTRATOR);
		MockHttpSession admin = signIn(administrator);
		UUID id = created(admin, "Ambassador, first title");
		mvc.perform(post("/admin/directory/" + id).with(csrf()).session(admin).param("country", "CN").param("kind", "EMBASSY")
				.param("title", "Ambassador, second title").param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		String history = page(get("/directory/" + id + "/history"), admin, 200);
		assertThat(history).contains(administrator.username(), "Ambassador, first title", "Ambassador, second title");
	}

}
