package org.vigil.support;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

	/** Each test user's authenticator app, by user name, once they have enrolled. */
	private static final Map<String, Authenticator> AUTHENTICATORS = new ConcurrentHashMap<>();

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

	/**
	 * Signs the user in as a person would: the password, then the second factor (enrolling an
	 * authenticator at the first sign-in). Answers the session.
	 */
	protected MockHttpSession signIn(TestUser user) throws Exception {
		MockHttpSession session = signInWithPasswordOnly(user);
		Authenticator authenticator = AUTHENTICATORS.get(user.username());
		if (authenticator == null) {
			authenticator = enrol(session);
			AUTHENTICATORS.put(user.username(), authenticator);
			return session;
		}
		String code = authenticator.freshCode().orElseGet(authenticator::nextRecoveryCode);
		mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", code))
			.andExpect(redirectedUrl("/cases"));
		return session;
	}

	/** The first step only: the password was accepted, the second factor is still owed. */
	protected MockHttpSession signInWithPasswordOnly(TestUser user) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(user.username()).password(PASSWORD))
			.andExpect(redirectedUrl("/second-factor"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	/** The authenticator of a user who has signed in before, with the recovery codes they were shown. */
	protected Authenticator authenticatorOf(TestUser user) {
		return AUTHENTICATORS.get(user.username());
	}

	/** Enrols an authenticator from the key on the enrolment page and keeps the recovery codes shown. */
	protected Authenticator enrol(MockHttpSession session) throws Exception {
		String page = mvc.perform(get("/second-factor/enrol").session(session))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Matcher key = Pattern.compile("id=\"totp-key\"[^>]*>([A-Z2-7]+)<").matcher(page);
		if (!key.find()) {
			throw new AssertionError("The enrolment page shows no key");
		}
		Authenticator authenticator = new Authenticator(key.group(1));
		String shown = mvc.perform(post("/second-factor/enrol").session(session).with(csrf())
				.param("code", authenticator.freshCode().orElseThrow()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> codes = new ArrayList<>();
		Matcher code = Pattern.compile("<code>([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})</code>").matcher(shown);
		while (code.find()) {
			codes.add(code.group(1));
		}
		authenticator.keepRecoveryCodes(codes);
		return authenticator;
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

	/** Reveals the identities of the case to the user, through the API, with a reason and the password. */
	protected void reveal(TestUser user, UUID caseId) throws Exception {
		mvc.perform(api(post("/api/cases/" + caseId + "/reveal"), user)
			.content("{\"reason\": \"Preparing the urgent appeal\", \"password\": \"" + PASSWORD + "\"}"))
			.andExpect(status().isOk());
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
