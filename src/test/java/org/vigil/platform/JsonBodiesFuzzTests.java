package org.vigil.platform;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Whatever bytes arrive as the JSON body of a main write route — opening and editing a case,
 * recording a person or a source, drafting an appeal — Vigil answers without a server error, and
 * every refusal is a problem detail. The first byte chooses the route, the rest is the body, sent
 * as is (so invalid UTF-8, NUL escapes and fields given twice reach the parser). The seed inputs
 * are one valid body per route and a few broken ones.
 */
class JsonBodiesFuzzTests extends WebIntegrationTest {

	/** The routes, with {@code {caseId}} standing for a case of the fuzzing user. */
	private static final List<String> ROUTES = List.of("POST /api/cases", "PUT /api/cases/{caseId}", "POST /api/cases/{caseId}/persons",
			"POST /api/cases/{caseId}/sources", "POST /api/cases/{caseId}/appeals");

	private static TestUser user;

	private static UUID caseId;

	@FuzzTest(maxDuration = "2m")
	void anyJsonBodyOnAMainWriteRouteAnswersWithoutAServerError(byte[] input) throws Exception {
		if (input.length == 0) {
			return;
		}
		if (user == null) {
			user = user(newTeam(), Role.RESEARCHER, Role.REVIEWER);
			caseId = openCase(user, "Fuzzed", "CN");
		}
		String[] route = ROUTES.get(Math.floorMod(input[0], ROUTES.size())).split(" ");
		String path = route[1].replace("{caseId}", caseId.toString());
		byte[] body = Arrays.copyOfRange(input, 1, input.length);
		MockHttpServletResponse response = mvc.perform((route[0].equals("PUT") ? put(path) : post(path))
				.header("Authorization", "Bearer " + user.token())
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isLessThan(500);
		if (response.getStatus() >= 400) {
			assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		}
	}

}
