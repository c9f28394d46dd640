package org.vigil.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Need-to-know: someone outside the owning team gets 404 on every route of a case, in the pages
 * and the API alike. The routes come from the application's own mappings, so a new route is
 * covered without touching this test.
 */
class CaseAccessTests extends WebIntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	record Route(HttpMethod method, String pattern) {

		String path(UUID caseId, UUID otherId) {
			return path(caseId, otherId, otherId, otherId);
		}

		/**
		 * With {@code {appealId}} standing for an appeal of the case, {@code {fileId}} for one of its
		 * evidence files, {@code otherId} for any other record.
		 */
		String path(UUID caseId, UUID appealId, UUID fileId, UUID otherId) {
			return pattern.replace("{caseId}", caseId.toString()).replace("{appealId}", appealId.toString())
				.replace("{fileId}", fileId.toString())
				.replaceAll("\\{[^}]+}", otherId.toString());
		}

		boolean isApi() {
			return pattern.startsWith("/api/");
		}

	}

	private List<Route> caseRoutes() {
		List<Route> routes = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.contains("{caseId}")) {
					continue;
				}
				var methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
					routes.add(new Route(HttpMethod.valueOf(method.name()), pattern));
				}
			}
		});
		return routes;
	}

	@Test
	void theRouteListCoversTheCasePagesAndTheApi() {
		assertThat(caseRoutes()).extracting(Route::pattern)
			.contains("/cases/{caseId}", "/cases/{caseId}/edit", "/cases/{caseId}/persons", "/api/cases/{caseId}",
					"/api/cases/{caseId}/persons", "/api/cases/{caseId}/sources", "/api/cases/{caseId}/history",
					"/cases/{caseId}/appeals", "/cases/{caseId}/appeals/{appealId}", "/api/cases/{caseId}/appeals/{appealId}/approve",
					"/cases/{caseId}/files", "/cases/{caseId}/files/{fileId}", "/api/cases/{caseId}/files",
					"/api/cases/{caseId}/files/{fileId}");
	}

	@Test
	void aUserOfAnotherTeamGetsNotFoundOnEveryRouteOfTheCase() throws Exception {
		TestUser owner = user(newTeam());
		UUID caseId = openCase(owner, "Need to know", "CN");
		UUID personId = UUID.fromString(read(mvc.perform(api(MockMvcRequestBuilders.post("/api/cases/" + caseId + "/persons"), owner)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Refugee A\"}"))
			.andReturn()).get("id").asString());
		UUID appealId = draftAppeal(owner, caseId, "Your Excellency");
		UUID fileId = uploadEvidence(owner, caseId, "statement.pdf", "application/pdf", "%PDF-1.7".getBytes());
		TestUser outsider = user(newTeam(), Role.RESEARCHER, Role.ADMINISTRATOR, Role.REVIEWER, Role.ADVOCACY);
		MockHttpSession outsiderSession = signIn(outsider);

		for (Route route : caseRoutes()) {
			var request = MockMvcRequestBuilders.request(route.method(), route.path(caseId, appealId, fileId, personId));
			if (route.isApi()) {
				mvc.perform(api(request, outsider).content("{}"))
					.andExpect(status().isNotFound())
					.andExpect(jsonPath("$.status").value(404));
			}
			else {
				mvc.perform(request.session(outsiderSession).with(csrf()).param("title", "x"))
					.andExpect(status().isNotFound());
			}
		}
	}

	@Test
	void theOwningTeamSeesEveryReadableRoute() throws Exception {
		TestUser owner = user(newTeam());
		UUID caseId = openCase(owner, "Need to know", "CN");
		MockHttpSession session = signIn(owner);
		UUID personId = UUID.fromString(read(mvc.perform(api(MockMvcRequestBuilders.post("/api/cases/" + caseId + "/persons"), owner)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Refugee A\"}"))
			.andReturn()).get("id").asString());
		UUID appealId = draftAppeal(owner, caseId, "Your Excellency");
		UUID fileId = uploadEvidence(owner, caseId, "statement.pdf", "application/pdf", "%PDF-1.7".getBytes());
		reveal(owner, caseId);
		for (Route route : caseRoutes()) {
			if (route.method() != HttpMethod.GET || route.pattern().contains("{sourceId}")) {
				continue;
			}
			if (route.pattern().endsWith("/pdf")) {
				continue; // the appeal here is a draft, which has no letter yet (LetterPdfTests)
			}
			if (route.pattern().endsWith("/dispatches/print") || route.pattern().endsWith("/dispatch/print")) {
				continue; // the print run of an approved appeal's posted letters is the advocacy officer's (HandDispatchTests)
			}
			if (route.pattern().contains("{replyId}")) {
				continue; // a file of a reply, which a draft appeal has none of (ReplyIntakeTests, ReplyPagesTests download one)
			}
			var request = get(route.path(caseId, appealId, fileId, personId));
			int answered = (route.isApi() ? mvc.perform(api(request, owner)) : mvc.perform(request.session(session))).andReturn()
				.getResponse().getStatus();
			assertThat(answered).as(route.toString()).isEqualTo(200);
		}
	}

	@Test
	void theCaseListShowsOnlyTheTeamsOwnCases() throws Exception {
		TestUser owner = user(newTeam());
		openCase(owner, "Secret from other teams", "CN");
		TestUser outsider = user(newTeam());
		mvc.perform(api(get("/api/cases?size=200"), outsider))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.title == 'Secret from other teams')]").isEmpty());
		mvc.perform(get("/cases").session(signIn(outsider)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Secret from other teams"))));
	}

	@Test
	void withoutTheResearcherRoleACaseCanBeReadButNotChanged() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(researcher, "Team case", "CN");
		mvc.perform(api(get("/api/cases/" + caseId), reviewer)).andExpect(status().isOk());
		mvc.perform(api(MockMvcRequestBuilders.post("/api/cases/" + caseId + "/persons"), reviewer)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Refugee A\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void requestsWithoutCredentialsAreRefused() throws Exception {
		mvc.perform(get("/api/cases")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/cases").header("Authorization", "Bearer vgl_not-a-real-token")).andExpect(status().isUnauthorized());
		mvc.perform(get("/cases")).andExpect(status().is3xxRedirection());
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.EnumSource(Role.class)
	void everyRoleOnItsOwnAndAForeignCaseAcrossEveryRoute(Role role) throws Exception {
		String team = newTeam();
		TestUser owner = user(team);
		UUID caseId = openCase(owner, "Matrix", "CN");
		UUID personId = UUID.fromString(read(mvc.perform(api(MockMvcRequestBuilders.post("/api/cases/" + caseId + "/persons"), owner)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Refugee A\"}"))
			.andReturn()).get("id").asString());
		UUID appealId = draftAppeal(owner, caseId, "Your Excellency");
		UUID fileId = uploadEvidence(owner, caseId, "statement.pdf", "application/pdf", "%PDF-1.7".getBytes());
		TestUser member = user(team, role);
		TestUser stranger = user(newTeam(), role);
		MockHttpSession memberSession = signIn(member);
		MockHttpSession strangerSession = signIn(stranger);
		for (Route route : caseRoutes()) {
			var asMember = MockMvcRequestBuilders.request(route.method(), route.path(caseId, appealId, fileId, personId));
			var asStranger = MockMvcRequestBuilders.request(route.method(), route.path(caseId, appealId, fileId, personId));
			int own = route.isApi()
					? mvc.perform(api(asMember, member).content("{}")).andReturn().getResponse().getStatus()
					: mvc.perform(asMember.session(memberSession).with(csrf())).andReturn().getResponse().getStatus();
			int foreign = route.isApi()
					? mvc.perform(api(asStranger, stranger).content("{}")).andReturn().getResponse().getStatus()
					: mvc.perform(asStranger.session(strangerSession).with(csrf())).andReturn().getResponse().getStatus();
			assertThat(foreign).as(role + " on a foreign case: " + route).isEqualTo(404);
			assertThat(own).as(role + " on its own team's case: " + route).isLessThan(500);
			if (route.method() == HttpMethod.GET && !route.pattern().contains("{sourceId}") && !route.pattern().contains("{replyId}")) {
				assertThat(own).as(role + " reads its own team's case: " + route).isNotEqualTo(404);
			}
		}
	}

	@Test
	void aRecordOfAnotherTeamCannotBeReachedThroughOnesOwnCase() throws Exception {
		TestUser owner = user(newTeam());
		TestUser other = user(newTeam());
		UUID ownCase = openCase(owner, "Own", "CN");
		UUID otherCase = openCase(other, "Other", "CN");
		String theirPerson = read(mvc.perform(api(MockMvcRequestBuilders.post("/api/cases/" + otherCase + "/persons"), other)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Theirs\"}")).andReturn()).get("id").asString();
		reveal(owner, ownCase);
		mvc.perform(api(get("/api/cases/" + ownCase + "/persons/" + theirPerson), owner)).andExpect(status().isNotFound());
		mvc.perform(api(MockMvcRequestBuilders.put("/api/cases/" + ownCase + "/persons/" + theirPerson), owner)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Mine now\", \"version\": 0}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/cases/" + ownCase + "/persons/" + theirPerson + "/edit").session(signIn(owner))).andExpect(status().isNotFound());
	}

}
