package org.vigil.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page wears the same frame: one header with the menu, the page's own main part, one
 * footer, a title naming Vigil and the reader's language on the document.
 */
class PageLayoutTests extends WebIntegrationTest {

	@Test
	void everyPageHasTheHeaderTheMainPartAndTheFooter() throws Exception {
		TestUser researcher = user(newTeam(), Role.RESEARCHER, Role.REVIEWER);
		UUID caseId = openCase(researcher, "A case to frame", "CN");
		UUID appealId = draftAppeal(researcher, caseId, "Your Excellency, …");
		MockHttpSession session = signIn(researcher);
		String c = "/cases/" + caseId;
		List<String> pages = List.of("/cases", "/cases/new", c, c + "/edit", c + "/history", c + "/persons/new", c + "/sources/new",
				c + "/files", c + "/appeals", c + "/appeals/new", c + "/appeals/" + appealId, c + "/reveal", "/passkeys",
				"/cases/" + UUID.randomUUID());
		Map<String, String> rendered = new LinkedHashMap<>();
		for (String page : pages) {
			rendered.put(page, html(page, session));
		}
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		rendered.put("/admin/users", html("/admin/users", admin));
		rendered.put("/admin/audit", html("/admin/audit", admin));
		rendered.put("/login", html("/login", new MockHttpSession()));
		rendered.put("/second-factor", html("/second-factor", signInWithPasswordOnly(researcher)));
		rendered.put("/second-factor/enrol", html("/second-factor/enrol", signInWithPasswordOnly(user(newTeam()))));

		rendered.forEach((page, html) -> {
			assertThat(count(html, "<body>")).as(page).isEqualTo(1);
			assertThat(count(html, "<header class=\"site-header\">")).as(page).isEqualTo(1);
			assertThat(count(html, "<main id=\"main\"")).as(page).isEqualTo(1);
			assertThat(count(html, "<footer class=\"site-footer\">")).as(page).isEqualTo(1);
			assertThat(html).as(page).containsPattern("<title>[^<]+ · Vigil</title>").contains("<html lang=\"en\">");
		});
	}

	@Test
	void thePageIsInTheReadersLanguage() throws Exception {
		String html = mvc.perform(get("/login").param("lang", "ko")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<html lang=\"ko\">").contains("<header class=\"site-header\">");
	}

	private String html(String path, MockHttpSession session) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
		assertThat(response.getContentType()).as(path).startsWith("text/html");
		return response.getContentAsString();
	}

	private static int count(String html, String part) {
		return (int) Pattern.compile(Pattern.quote(part)).matcher(html).results().count();
	}

}
