package org.vigil.protection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writing on purged data is refused with a clear answer, never a server error: every write route of
 * a case (from the application's own route list, so new routes are covered without touching this
 * test) is driven against a purged case and against a case with one purged person, with a body each
 * route would accept. A write of protected data answers 409 with {@code refusal} {@code CASE_PURGED}
 * or {@code PERSON_PURGED}; pages say so on the error page.
 */
class PurgedDataWritesTests extends WebIntegrationTest {

	/** One body that every JSON route of a case reads what it needs from (unknown properties are ignored). */
	private static final Map<String, Object> BODY = new LinkedHashMap<>();

	static {
		BODY.put("title", "A title");
		BODY.put("countryOfCustody", "CN");
		BODY.put("summary", "A summary");
		BODY.put("kind", "INDIVIDUAL");
		BODY.put("publicLabel", "Refugee Z");
		BODY.put("name", "A name");
		BODY.put("categories", List.of("CHILD"));
		BODY.put("label", "A source");
		BODY.put("reason", "Preparing the urgent appeal");
		BODY.put("password", PASSWORD);
		BODY.put("addressee", "The addressee");
		BODY.put("language", "en");
		BODY.put("subject", "A subject");
		BODY.put("asks", "Some asks");
		BODY.put("body", "A body");
		BODY.put("comment", "A comment");
		BODY.put("version", 0);
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	record Route(HttpMethod method, String pattern) {

		boolean isApi() {
			return pattern.startsWith("/api/");
		}

		boolean isUpload() {
			return pattern.endsWith("/files");
		}

	}

	/** The case's records the routes name: {@code {personId}}, {@code {appealId}}, {@code {fileId}}. */
	record Records(UUID caseId, UUID personId, UUID appealId, UUID fileId) {

		String path(Route route) {
			return route.pattern().replace("{caseId}", caseId.toString()).replace("{personId}", personId.toString())
				.replace("{appealId}", appealId.toString()).replace("{fileId}", fileId.toString())
				.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		}

	}

	private List<Route> writeRoutesOfACase() {
		List<Route> routes = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					if (pattern.contains("{caseId}") && method != RequestMethod.GET && method != RequestMethod.HEAD) {
						routes.add(new Route(HttpMethod.valueOf(method.name()), pattern));
					}
				}
			}
		});
		assertThat(routes).extracting(Route::pattern)
			.contains("/api/cases/{caseId}/persons/{personId}", "/cases/{caseId}/persons/{personId}", "/api/cases/{caseId}/files",
					"/api/cases/{caseId}/appeals/{appealId}/approve", "/cases/{caseId}/legal-hold");
		return routes;
	}

	@Test
	void noWriteOnAPurgedCaseFailsWithAServerError() throws Exception {
		writesAfter((records, session, admin) -> {
			String reference = read(mvc.perform(api(get("/api/cases/" + records.caseId()), admin)).andReturn()).get("reference").asString();
			mvc.perform(post("/cases/" + records.caseId() + "/purge").session(session).with(csrf()).param("confirmation", reference));
		}, "CASE_PURGED", "The case was purged");
	}

	@Test
	void noWriteOnAPurgedPersonFailsWithAServerError() throws Exception {
		writesAfter((records, session, admin) -> mvc.perform(post("/cases/" + records.caseId() + "/persons/" + records.personId() + "/purge")
			.session(session).with(csrf()).param("confirmation", "Refugee P")), "PERSON_PURGED", "identity was purged");
	}

	interface Purge {

		void purge(Records records, MockHttpSession session, TestUser admin) throws Exception;

	}

	/**
	 * After the purge, every write route answers below 500, and changing the purged person answers
	 * the refusal in the API and the page that says so.
	 */
	private void writesAfter(Purge purge, String refusal, String pageSays) throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR, Role.RESEARCHER, Role.REVIEWER);
		Records records = recordsOf(admin);
		MockHttpSession session = signIn(admin);
		purge.purge(records, session, admin);
		reveal(admin, records.caseId());

		driveEveryWriteRoute(admin, session, records);

		mvc.perform(api(put("/api/cases/" + records.caseId() + "/persons/" + records.personId()), admin).content(json.writeValueAsString(BODY)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value(refusal));
		mvc.perform(post("/cases/" + records.caseId() + "/persons/" + records.personId()).session(session).with(csrf())
				.params(pageParams()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(pageSays)));
	}

	private void driveEveryWriteRoute(TestUser user, MockHttpSession session, Records records) throws Exception {
		for (Route route : writeRoutesOfACase()) {
			int status = perform(route, user, session, records);
			assertThat(status).as(route.method() + " " + route.pattern()).isLessThan(500);
		}
	}

	private int perform(Route route, TestUser user, MockHttpSession session, Records records) throws Exception {
		String path = records.path(route);
		AbstractMockHttpServletRequestBuilder<?> request;
		if (route.isUpload()) {
			request = MockMvcRequestBuilders.multipart(path).file(new MockMultipartFile("file", "statement.pdf", "application/pdf",
					"%PDF-1.7".getBytes())).param("description", "A statement");
		}
		else {
			request = MockMvcRequestBuilders.request(route.method(), path);
		}
		if (route.isApi()) {
			request.header("Authorization", "Bearer " + user.token());
			if (!route.isUpload()) {
				request.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(json.writeValueAsString(BODY));
			}
		}
		else {
			request.session(session).with(csrf()).params(pageParams());
		}
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	/** Form fields every page form of a case reads what it needs from. */
	private static org.springframework.util.MultiValueMap<String, String> pageParams() {
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		BODY.forEach((name, value) -> params.add(name, value instanceof List<?> list ? String.valueOf(list.get(0)) : String.valueOf(value)));
		params.add("status", "OPEN");
		params.add("priority", "HIGH");
		params.add("role", "AT_RISK");
		params.add("numberOfPersons", "1");
		params.add("reliability", "MEDIUM");
		params.add("hold", "true");
		params.add("confirmation", "not the reference");
		params.add("username", "nobody-at-all");
		return params;
	}

	/** A case with a person ("Refugee P"), an appeal and an evidence file, opened by the user. */
	private Records recordsOf(TestUser user) throws Exception {
		UUID caseId = openCase(user, "To be purged", "CN");
		UUID personId = UUID.fromString(read(mvc.perform(api(post("/api/cases/" + caseId + "/persons"), user)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Refugee P\", \"name\": \"Pak Kyong-hui\"}"))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
		UUID appealId = draftAppeal(user, caseId, "Your Excellency");
		UUID fileId = uploadEvidence(user, caseId, "statement.pdf", "application/pdf", "%PDF-1.7".getBytes());
		return new Records(caseId, personId, appealId, fileId);
	}

}
