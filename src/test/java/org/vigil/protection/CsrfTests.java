package org.vigil.protection;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.support.WebIntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every change made with the session cookie needs the CSRF token, in the pages and the API. */
class CsrfTests extends WebIntegrationTest {

	@Test
	void aPageFormWithoutTheTokenIsRefused() throws Exception {
		MockHttpSession session = signIn(user(newTeam()));
		mvc.perform(post("/cases").session(session).param("title", "Forged").param("countryOfCustody", "CN")
				.param("status", "OPEN").param("priority", "LOW"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/cases").session(session).with(csrf().useInvalidToken()).param("title", "Forged")
				.param("countryOfCustody", "CN").param("status", "OPEN").param("priority", "LOW"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anApiChangeThroughTheSessionWithoutTheTokenIsRefused() throws Exception {
		TestUser user = user(newTeam());
		UUID caseId = openCase(user, "Case", "CN");
		MockHttpSession session = signIn(user);
		mvc.perform(post("/api/cases/" + caseId + "/persons").session(session).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Forged\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/cases/" + caseId + "/persons").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Legitimate\"}"))
			.andExpect(status().isCreated());
	}

}
