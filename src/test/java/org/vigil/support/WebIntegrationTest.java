package org.vigil.support;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MvcResult;
import org.vigil.accounts.AccountAdministration;
import org.vigil.accounts.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Full application on its own PostgreSQL database, driven through MockMvc. Every test makes its
 * own users and teams (names are unique per call), so tests sharing the context stay independent.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class WebIntegrationTest {

	protected static final String PASSWORD = "a long enough test password";

	private static final AtomicInteger NAMES = new AtomicInteger();

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected AccountAdministration accounts;

	@Autowired
	protected JsonMapper json;

	/** A user of the given team, with the given roles (researcher when none given). */
	protected TestUser user(String team, Role... roles) {
		String username = "user" + NAMES.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
		Set<Role> chosen = roles.length == 0 ? EnumSet.of(Role.RESEARCHER) : EnumSet.of(roles[0], roles);
		accounts.createUser(username, chosen, team, PASSWORD.toCharArray());
		return new TestUser(username, accounts.issueToken(username));
	}

	/** A team name no other test uses. */
	protected static String newTeam() {
		return "team-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Signs the user in through the login form and answers the session. */
	protected MockHttpSession signIn(TestUser user) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	/** Opens a case through the API and answers its id. */
	protected UUID openCase(TestUser user, String title, String country) throws Exception {
		MvcResult result = mvc.perform(api(post("/api/cases"), user).content(json.writeValueAsString(Map.of(
				"title", title, "countryOfCustody", country, "countryOfFearedReturn", "KP", "summary", "summary",
				"priority", "URGENT"))))
			.andExpect(status().isCreated())
			.andReturn();
		return UUID.fromString(read(result).get("id").asString());
	}

	protected MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, TestUser user) {
		return request.header("Authorization", "Bearer " + user.token()).contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON);
	}

	protected JsonNode read(MvcResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString());
	}

	public record TestUser(String username, String token) {
	}

}
