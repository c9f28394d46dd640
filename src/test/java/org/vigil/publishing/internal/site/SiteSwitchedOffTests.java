package org.vigil.publishing.internal.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicSite;
import org.vigil.support.OperatorShell;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vigil.publishing.internal.site.PublicTextFixtures.appeal;

/**
 * The public site switched off ({@code vigil.publishing.site.enabled=false}): every address under
 * {@code /public} — the pages, an item's address, the feeds, the public JSON, the style sheet — answers
 * 404, sets no cookie and shows nothing of the items; the signed-in pages and the API go on answering,
 * and the released items are kept, for the static export.
 */
@SpringBootTest(properties = "vigil.publishing.site.enabled=false")
class SiteSwitchedOffTests extends WebIntegrationTest {

	@Autowired
	PublicSite site;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path temporary;

	@Test
	void everyAddressOfThePublicSiteAnswersNotFound() throws Exception {
		PublicItem item = site.publish(appeal("Kept while the site is off", "Held near Tumen.", "KP"));

		for (String path : List.of("/public", "/public/", "/public/country/kp", "/public/region/eastern-asia", "/public/theme/refoulement",
				"/public/search?q=kept", item.path(), item.path() + "?version=1", "/public/feed.atom", "/public/feed.rss",
				"/public/feed.json", "/public/country/kp/feed.atom", "/public/api/items", "/public/api/items?country=KP", "/public/site.css")) {
			for (MediaType accepted : List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL)) {
				MockHttpServletResponse answer = mvc.perform(get(path).accept(accepted)).andReturn().getResponse();
				assertThat(answer.getStatus()).as(path + " (" + accepted + ")").isEqualTo(404);
				assertThat(answer.getHeaders("Set-Cookie")).as(path).isEmpty();
				assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).as(path).doesNotContain("Kept while the site is off")
					.doesNotContain("Held near Tumen");
			}
		}
	}

	@Test
	void theSignedInPagesAndTheApiGoOnAnswering() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		MockHttpSession session = signIn(researcher);

		mvc.perform(get("/login")).andExpect(status().isOk());
		mvc.perform(get("/cases").session(session)).andExpect(status().isOk());
		mvc.perform(get("/cases/" + caseId).session(session)).andExpect(status().isOk());
		mvc.perform(api(get("/api/cases/" + caseId), researcher)).andExpect(status().isOk());
		mvc.perform(get("/publications").session(signIn(reviewer))).andExpect(status().isOk());
		mvc.perform(api(get("/api/publications"), reviewer)).andExpect(status().isOk());
	}

	@Test
	void theReleasedItemsAreKeptForTheStaticExport() throws Exception {
		PublicItem item = site.publish(appeal("Exported while the site is off", "Held near Hyesan.", "KP"));
		Path to = temporary.resolve("site");

		OperatorShell.Ran ran = OperatorShell.run(context, "publishing", "export", "--to", to.toString());

		assertThat(ran.exit()).as(ran.all()).isZero();
		assertThat(Files.readString(to.resolve(item.slug() + "/index.html"))).contains("Exported while the site is off")
			.contains("Held near Hyesan.");
		assertThat(Files.readString(to.resolve("country/kp/feed.atom"))).contains(item.slug());
	}

}
