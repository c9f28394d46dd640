package org.vigil.law;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator imports the UN Treaty Collection's status page of the Convention against Torture:
 * sees the differences, accepts some, and the accepted rows carry their source and who accepted them.
 */
class ParticipationImportTests extends WebIntegrationTest {

	private static byte[] sample(String name) throws IOException {
		try (InputStream in = ParticipationImportTests.class.getResourceAsStream("/org/vigil/law/internal/" + name)) {
			return in.readAllBytes();
		}
	}

	private String upload(MockHttpSession session, String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/admin/law/imports").file(new MockMultipartFile("file", name, "text/html", content))
				.session(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
	}

	private long version(String state, String instrument) {
		return jdbc.queryForObject("select version from law_participation where state = ? and instrument = ?", Long.class, state, instrument);
	}

	private JsonNode catRow(TestUser user, String state) throws Exception {
		JsonNode rows = read(mvc.perform(api(get("/api/states/" + state + "/participation"), user)).andReturn());
		for (JsonNode row : rows) {
			if (row.get("instrument").asString().equals("CAT")) {
				return row;
			}
		}
		throw new AssertionError();
	}

	@Test
	void theDifferencesAreShownAndNothingChangesUntilAccepted() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		MockHttpSession session = signIn(admin);
		String page = upload(session, "cat.html", sample("untc-cat-status.html"));
		String differences = mvc.perform(get(page).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(differences).contains("India", "Oct 14, 1997", "UN Treaty Collection, status of treaty IV-9");
		assertThat(catRow(admin, "IN").get("date").isNull()).isTrue();
	}

	@Test
	void theDifferencesShowTheDepositarysReservationsAndComplaintDeclarations() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		String page = upload(session, "cat.html", sample("untc-cat-status.html"));
		String differences = mvc.perform(get(page).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(differences).contains("Algeria", "accepts individual complaints",
				"The Chinese Government does not recognize the competence of the Committee against Torture as provided for in article 20",
				"limits art. 20", "no declaration accepting individual complaints");
	}

	@Test
	void anAcceptedDeclarationUnderArticle22BringsTheComplaintsRouteIntoTheObligationsOfACaseHeldThere() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Held in Algeria", "DZ");
		assertThat(articlesOfCat(researcher, caseId)).as("Vigil holds no art. 22 declaration of Algeria yet").containsExactly("3");

		MockHttpSession session = signIn(admin);
		String page = upload(session, "cat.html", sample("untc-cat-status.html"));
		mvc.perform(post(page + "/accept").session(session).with(csrf()).param("row", "DZ:" + version("DZ", "CAT")))
			.andExpect(status().is3xxRedirection());

		assertThat(catRow(admin, "DZ").get("complaints").asBoolean()).isTrue();
		assertThat(articlesOfCat(researcher, caseId)).containsExactly("3", "22");
		assertThat(jdbc.queryForObject("select after from law_participation_changes where state = 'DZ' and instrument = 'CAT'",
				String.class)).contains("accepts complaints");
	}

	private List<String> articlesOfCat(TestUser user, UUID caseId) throws Exception {
		List<String> articles = new ArrayList<>();
		for (JsonNode o : read(mvc.perform(api(get("/api/cases/" + caseId + "/obligations"), user)).andExpect(status().isOk()).andReturn())) {
			if (o.get("instrument").asString().equals("CAT") && o.get("state").asString().equals("DZ")) {
				articles.add(o.get("article").asString());
			}
		}
		return articles;
	}

	@Test
	void theOhchrExportIsComparedTooAndNamesTheParticipantsItLeavesAside() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		String page = upload(session, "cat.xlsx", sample("ohchr-cat-status.xlsx"));
		String differences = mvc.perform(get(page).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(differences).contains("OHCHR ratification status export for CAT", "Cook Islands",
				"unverified: the file is not the depositary");
	}

	@Test
	void anAcceptedRowTakesTheDepositarysDatesIsVerifiedAndRecordsWhoAcceptedIt() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		MockHttpSession session = signIn(admin);
		String page = upload(session, "cat.html", sample("untc-cat-status.html"));
		mvc.perform(post(page + "/accept").session(session).with(csrf()).param("row", "IN:" + version("IN", "CAT")))
			.andExpect(status().is3xxRedirection());
		JsonNode india = catRow(admin, "IN");
		assertThat(india.get("status").asString()).isEqualTo("SIGNATORY");
		assertThat(india.get("date").asString()).isEqualTo("1997-10-14");
		assertThat(india.get("verified").asBoolean()).isTrue();
		assertThat(india.get("source").asString()).contains("UN Treaty Collection", "cat.html");
		assertThat(jdbc.queryForObject("select accepted_by from law_participation_changes where state = 'IN' and instrument = 'CAT'",
				String.class)).isEqualTo(admin.username());
	}

	@Test
	void aRowChangedSinceItWasComparedRefusesTheWholeAcceptance() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		MockHttpSession session = signIn(admin);
		String page = upload(session, "cat.html", sample("untc-cat-status.html"));
		long ao = version("AO", "CAT");
		mvc.perform(post(page + "/accept").session(session).with(csrf()).param("row", "AO:" + ao).param("row", "IN:" + (version("IN", "CAT") + 7)))
			.andExpect(status().isConflict());
		assertThat(version("AO", "CAT")).isEqualTo(ao);
	}

	@Test
	void aFileOfAnotherKindIsRefusedWithItsReasonAndNothingIsStored() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		int before = jdbc.queryForObject("select count(*) from law_imports", Integer.class);
		String answer = mvc.perform(multipart("/admin/law/imports")
				.file(new MockMultipartFile("file", "notes.pdf", "application/pdf", "%PDF-1.7".getBytes()))
				.session(session).with(csrf()))
			.andExpect(status().isUnsupportedMediaType())
			.andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("not an HTML page", "Nothing was changed");
		assertThat(jdbc.queryForObject("select count(*) from law_imports", Integer.class)).isEqualTo(before);
	}

	@Test
	void aCutShortSpreadsheetIsRefusedAsCutShort() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		byte[] whole = sample("ohchr-cat-status.xlsx");
		mvc.perform(multipart("/admin/law/imports")
				.file(new MockMultipartFile("file", "cat.xlsx", "application/octet-stream", java.util.Arrays.copyOf(whole, whole.length / 2)))
				.session(session).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void onlyAdministratorsReachTheImportPages() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.RESEARCHER, Role.REVIEWER));
		mvc.perform(get("/admin/law/imports").session(session)).andExpect(status().isForbidden());
	}

}
