package org.vigil.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import org.vigil.letters.LetterDocument.Section;
import org.vigil.letters.LetterDocument.SectionKind;
import org.vigil.support.WebIntegrationTest;

import tools.jackson.databind.JsonNode;

/** Administrators edit letter templates; letters use the saved one; a template that does not render is refused. */
class LetterTemplatesTests extends WebIntegrationTest {

	private static final String GOOD = """
			<!DOCTYPE html>
			<html><head><link rel="stylesheet" href="/css/letter.css"/></head>
			<body class="letter"><p th:text="|Press release of the day: ${letter.subject}|">x</p></body></html>
			""";

	@Autowired
	private LetterRenderer renderer;

	@Autowired
	private Letterheads letterheads;

	private LetterDocument pressRelease(String language) {
		return new LetterDocument(LetterKind.PRESS_RELEASE, language, letterheads.own(), List.of(), LocalDate.of(2026, 3, 15), "PR 1",
				List.of(), List.of(), "", "Five refugees at risk", List.of(Section.of(SectionKind.FACTS, "They are held near Yanji.")),
				List.of());
	}

	private JsonNode template(TestUser admin, String kind, String language) throws Exception {
		for (JsonNode template : read(mvc.perform(api(get("/api/letter-templates"), admin)).andExpect(status().isOk()).andReturn())) {
			if (template.get("kind").asString().equals(kind) && template.get("language").asString().equals(language)) {
				return template;
			}
		}
		throw new AssertionError("no template " + kind + "/" + language);
	}

	private String putTemplate(TestUser admin, String language, String body, long version, int expected) throws Exception {
		return putTemplate(admin, "PRESS_RELEASE", language, body, version, expected);
	}

	private String putTemplate(TestUser admin, String kind, String language, String body, long version, int expected)
			throws Exception {
		return mvc.perform(api(put("/api/letter-templates/" + kind + "/" + language), admin)
				.content(json.writeValueAsString(Map.of("body", body, "version", version))))
			.andExpect(status().is(expected))
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void aSavedTemplateIsWhatLettersAreRenderedWithFromThenOn() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		assertThat(renderer.html(pressRelease("zh"))).doesNotContain("Press release of the day");
		long version = template(admin, "PRESS_RELEASE", "zh").get("version").asLong();

		putTemplate(admin, "zh", GOOD, version, 200);

		assertThat(renderer.html(pressRelease("zh"))).contains("Press release of the day: Five refugees at risk");
		assertThat(template(admin, "PRESS_RELEASE", "zh").get("version").asLong()).isEqualTo(version + 1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entries where action = 'letter-template.changed' and actor = ?",
				Integer.class, admin.username())).isEqualTo(1);
	}

	@Test
	void aTemplateThatDoesNotRenderIsRefusedWithItsLineAndTheOneInUseStays() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		JsonNode before = template(admin, "PRESS_RELEASE", "ko");

		String problem = putTemplate(admin, "ko", "<html>\n<body>\n<p th:text=\"${letter.subjet}\">x</p>\n</body></html>",
				before.get("version").asLong(), 400);

		assertThat(problem).contains("LETTER_TEMPLATE_DOES_NOT_RENDER").contains("\"line\":3").contains("subjet");
		assertThat(template(admin, "PRESS_RELEASE", "ko").get("body").asString()).isEqualTo(before.get("body").asString());
	}

	@Test
	void aTemplateReachingForJavaOrTheApplicationsBeansIsRefused() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		long version = template(admin, "PRESS_RELEASE", "en").get("version").asLong();

		assertThat(putTemplate(admin, "en", "<p th:text=\"${T(java.lang.System).getenv()}\">x</p>", version, 400))
			.contains("LETTER_TEMPLATE_DOES_NOT_RENDER");
		assertThat(putTemplate(admin, "en", "<p th:text=\"${@letterTemplateEditing}\">x</p>", version, 400))
			.contains("LETTER_TEMPLATE_DOES_NOT_RENDER");
		assertThat(renderer.html(pressRelease("en"))).contains("Five refugees at risk").doesNotContain("PATH");
	}

	@Test
	void anEditMadeOnAnOlderVersionIsRefused() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		long version = template(admin, "JOINT_LETTER", "zh").get("version").asLong();

		assertThat(putTemplate(admin, "JOINT_LETTER", "zh", GOOD, version + 3, 409)).contains("STALE_VERSION").contains("\"currentVersion\":" + version);
	}

	@Test
	void onlyAdministratorsSeeOrEditTemplates() throws Exception {
		TestUser researcher = user(newTeam());

		mvc.perform(api(get("/api/letter-templates"), researcher)).andExpect(status().isForbidden());
		putTemplate(researcher, "en", GOOD, 0, 403);
	}

	@Test
	void theEditorPreviewsPageOneOfTheSampleLetterAsTyped() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));
		String page = mvc.perform(get("/admin/letter-templates/URGENT_APPEAL/ko").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("hx-post=\"/admin/letter-templates/URGENT_APPEAL/ko/preview\"").contains("parts :: letterhead");

		String preview = mvc.perform(post("/admin/letter-templates/URGENT_APPEAL/ko/preview").session(session).with(csrf())
				.param("body", GOOD)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String refused = mvc.perform(post("/admin/letter-templates/URGENT_APPEAL/ko/preview").session(session).with(csrf())
				.param("body", "<p>\n<p th:text=\"${letter.subject\">x</p>")).andReturn().getResponse().getContentAsString();

		assertThat(preview).contains("<img src=\"data:image/png;base64,").doesNotContain("<html");
		assertThat(refused).contains("line 2:").doesNotContain("<img");
	}

	@Test
	void theSampleLetterOpensAsAPageInTheSavedTemplate() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADMINISTRATOR));

		String html = mvc.perform(get("/admin/letter-templates/URGENT_APPEAL/en/sample").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("<link rel=\"stylesheet\" href=\"/css/letter.css\"").contains("Re: URGENT APPEAL");
	}

}
