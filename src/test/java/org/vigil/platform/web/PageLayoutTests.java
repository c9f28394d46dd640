package org.vigil.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page wears the same frame: one header with the menu, the page's own main part, one
 * footer, a title naming Vigil and the reader's language on the document; and the fields that the
 * shared form fragments write are each there once, under their own label.
 */
class PageLayoutTests extends WebIntegrationTest {

	private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

	private static final Pattern TABLE_CELL = Pattern.compile("<td\\b[^>]*>");

	private static final Pattern LABEL_FOR = Pattern.compile("<label[^>]*\\sfor=\"([^\"]+)\"");

	@Test
	void everyPageHasTheHeaderTheMainPartAndTheFooter() throws Exception {
		renderedPages().forEach((page, html) -> {
			assertThat(count(html, "<body>")).as(page).isEqualTo(1);
			assertThat(count(html, "<header class=\"site-header\">")).as(page).isEqualTo(1);
			assertThat(count(html, "<main id=\"main\"")).as(page).isEqualTo(1);
			assertThat(count(html, "<footer class=\"site-footer\">")).as(page).isEqualTo(1);
			assertThat(html).as(page).containsPattern("<title>[^<]+ · Vigil</title>").contains("<html lang=\"en\">");
		});
	}

	/** What a screen reader and a click on a label rely on: each label names one control, and no id repeats. */
	@Test
	void everyLabelNamesExactlyOneControlAndNoIdRepeats() throws Exception {
		renderedPages().forEach((page, html) -> {
			List<String> ids = ID.matcher(html).results().map(m -> m.group(1)).toList();
			assertThat(ids).as(page).doesNotHaveDuplicates();
			LABEL_FOR.matcher(html).results().map(m -> m.group(1))
				.forEach(target -> assertThat(ids).as(page + ": label for " + target).contains(target));
		});
	}

	/** On a phone a table becomes a stack of values: each must say which column it belongs to. */
	@Test
	void everyTableCellNamesItsColumnForNarrowScreens() throws Exception {
		Map<String, String> rendered = renderedPages();
		List<String> pagesWithTables = rendered.entrySet().stream().filter(e -> e.getValue().contains("<td")).map(Map.Entry::getKey).toList();
		assertThat(pagesWithTables).contains("/cases", "/admin/users", "/passkeys of an administrator")
			.anyMatch(page -> page.matches("/cases/[0-9a-f-]{36}")) // the case page: people, sources
			.anyMatch(page -> page.endsWith("/access")) // who may reveal identities, who viewed the case
			.anyMatch(page -> page.endsWith("/files"));
		rendered.forEach((page, html) -> TABLE_CELL.matcher(html).results().map(m -> m.group())
			.forEach(cell -> assertThat(cell).as(page).containsPattern("data-label=\"[^\"]+\"")));
	}

	/** Rendered once for all the tests here: they only read the pages. */
	private static Map<String, String> renderedOnce;

	/** The pages a researcher, a reviewer and an administrator open, forms shown again with errors among them. */
	private Map<String, String> renderedPages() throws Exception {
		if (renderedOnce == null) {
			renderedOnce = render();
		}
		return renderedOnce;
	}

	private Map<String, String> render() throws Exception {
		TestUser researcher = user(newTeam(), Role.RESEARCHER, Role.REVIEWER);
		UUID caseId = openCase(researcher, "A case to frame", "CN");
		UUID appealId = draftAppeal(researcher, caseId, "Your Excellency, …");
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), researcher)
			.content("{\"kind\":\"GROUP\",\"publicLabel\":\"Refugee group A\",\"numberOfPersons\":5,\"role\":\"AT_RISK\"}"));
		String sourceId = read(mvc.perform(api(post("/api/cases/" + caseId + "/sources"), researcher)
			.content("{\"label\":\"Contact near Yanji\",\"reliability\":\"MEDIUM\",\"information\":\"Transfer expected\"}"))
			.andReturn()).get("id").asString();
		uploadEvidence(researcher, caseId, "statement.txt", "text/plain", "what was seen".getBytes());
		MockHttpSession session = signIn(researcher);
		String c = "/cases/" + caseId;
		List<String> pages = List.of("/cases", "/cases/new", c, c + "/edit", c + "/history", c + "/access", c + "/persons/new",
				c + "/sources/new", c + "/sources/" + sourceId + "/edit", c + "/files", c + "/appeals", c + "/appeals/new",
				c + "/appeals/" + appealId, c + "/reveal", "/passkeys", "/waiting", "/publications", "/cases/" + UUID.randomUUID());
		Map<String, String> rendered = new LinkedHashMap<>();
		for (String page : pages) {
			rendered.put(page, html(get(page), session));
		}
		rendered.put("/cases with errors", html(post("/cases").with(csrf()).param("title", "").param("countryOfCustody", "XX"), session));
		rendered.put(c + "/persons with errors", html(post(c + "/persons").with(csrf()).param("kind", "GROUP")
			.param("numberOfPersons", "0").param("publicLabel", ""), session));
		MockHttpSession admin = signIn(user(newTeam(), Role.ADMINISTRATOR));
		rendered.put("/admin/users", html(get("/admin/users"), admin));
		rendered.put("/admin/audit", html(get("/admin/audit"), admin));
		rendered.put("/passkeys of an administrator", html(get("/passkeys"), admin));
		rendered.put("/login", html(get("/login"), new MockHttpSession()));
		rendered.put("/second-factor", html(get("/second-factor"), signInWithPasswordOnly(researcher)));
		rendered.put("/second-factor/enrol", html(get("/second-factor/enrol"), signInWithPasswordOnly(user(newTeam()))));
		return rendered;
	}

	@Test
	void thePageIsInTheReadersLanguage() throws Exception {
		String html = mvc.perform(get("/login").param("lang", "ko")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<html lang=\"ko\">").contains("<header class=\"site-header\">");
	}

	private String html(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.session(session)).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("text/html");
		return response.getContentAsString();
	}

	private static int count(String html, String part) {
		return (int) Pattern.compile(Pattern.quote(part)).matcher(html).results().count();
	}

}
