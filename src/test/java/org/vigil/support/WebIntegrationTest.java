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

	/** Each test user's passkey (held in software), by user name, once registered. */
	private static final Map<String, SoftwarePasskey> PASSKEYS = new ConcurrentHashMap<>();

	@org.springframework.beans.factory.annotation.Value("${server.port:8080}")
	private int serverPort;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected AccountAdministration accounts;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected org.springframework.jdbc.core.JdbcTemplate jdbc;

	/**
	 * A user of the given team, with the given roles (researcher when none given). Administrators
	 * get a registered passkey (a {@link SoftwarePasskey}), with which {@link #signIn} completes
	 * their sign-in, as their pages require; see {@link #administratorWithoutPasskey}.
	 */
	protected TestUser user(String team, Role... roles) {
		TestUser user = userWithoutPasskey(team, roles);
		if (java.util.Arrays.asList(roles).contains(Role.ADMINISTRATOR)) {
			givePasskey(user.username());
		}
		return user;
	}

	/** An administrator who has not registered a passkey yet. */
	protected TestUser administratorWithoutPasskey(String team) {
		return userWithoutPasskey(team, Role.ADMINISTRATOR);
	}

	private TestUser userWithoutPasskey(String team, Role... roles) {
		String username = "user" + NAMES.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
		Set<Role> chosen = roles.length == 0 ? EnumSet.of(Role.RESEARCHER) : EnumSet.of(roles[0], roles);
		accounts.createUser(username, chosen, team, PASSWORD.toCharArray());
		return new TestUser(username, accounts.issueToken(username));
	}

	/**
	 * Registers a passkey for the user — a {@link SoftwarePasskey}, stored as Spring Security's JDBC
	 * repositories keep one — and answers its credential id. {@link #signIn} then uses it.
	 */
	protected String givePasskey(String username) {
		SoftwarePasskey passkey = new SoftwarePasskey();
		String userHandle = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
				java.nio.ByteBuffer.allocate(16).putLong(UUID.randomUUID().getMostSignificantBits())
					.putLong(UUID.randomUUID().getLeastSignificantBits()).array());
		if (jdbc.queryForObject("select count(*) from user_entities where name = ?", Integer.class, username) == 0) {
			jdbc.update("insert into user_entities (id, name, display_name) values (?, ?, ?)", userHandle, username, username);
		}
		String entityId = jdbc.queryForObject("select id from user_entities where name = ?", String.class, username);
		jdbc.update("insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count, uv_initialized, "
				+ "backup_eligible, authenticator_transports, public_key_credential_type, backup_state, attestation_object, created, "
				+ "last_used, label) values (?, ?, ?, 0, true, false, 'usb', 'public-key', false, ?, now(), now(), 'test key')",
				passkey.credentialId(), entityId, passkey.coseKey(), passkey.attestationObject("localhost"));
		PASSKEYS.put(username, passkey);
		return passkey.credentialId();
	}

	/**
	 * The passkey step, as passkeys.js performs it in a browser: asks for the options (a fresh
	 * challenge), signs the assertion with the user's software passkey and posts it to
	 * {@code /login/webauthn}. Answers the HTTP status.
	 */
	protected int passkeyStep(MockHttpSession session, TestUser user) throws Exception {
		SoftwarePasskey passkey = PASSKEYS.get(user.username());
		if (passkey == null) {
			throw new AssertionError(user.username() + " has no passkey: call givePasskey first");
		}
		JsonNode options = read(mvc.perform(post("/webauthn/authenticate/options").session(session).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		String userHandle = jdbc.queryForObject("select id from user_entities where name = ?", String.class, user.username());
		Map<String, Object> assertion = passkey.assertion(options.get("challenge").asString(), options.get("rpId").asString(),
				"http://localhost:" + serverPort, userHandle);
		return mvc.perform(post("/login/webauthn").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(assertion)))
			.andReturn().getResponse().getStatus();
	}

	/** A team name no other test uses. */
	protected static String newTeam() {
		return "team-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Signs the user in as a person would: the password, then the second factor — the passkey if
	 * the user has one, else a code (enrolling an authenticator at the first sign-in, and then
	 * confirming with the passkey if there is one). Answers the session.
	 */
	protected MockHttpSession signIn(TestUser user) throws Exception {
		MockHttpSession session = signInWithPasswordOnly(user);
		Authenticator authenticator = AUTHENTICATORS.get(user.username());
		if (authenticator == null) {
			authenticator = enrol(session);
			AUTHENTICATORS.put(user.username(), authenticator);
		}
		else if (!PASSKEYS.containsKey(user.username())) {
			// Signed in; those who should have a passkey but have none are sent to register one.
			String code = authenticator.freshCode().orElseGet(authenticator::nextRecoveryCode);
			String next = mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", code))
				.andReturn().getResponse().getRedirectedUrl();
			if (!"/cases".equals(next) && !"/passkeys?required".equals(next)) {
				throw new AssertionError("The code of " + user.username() + " did not complete the sign-in: " + next);
			}
		}
		if (PASSKEYS.containsKey(user.username()) && passkeyStep(session, user) != 200) {
			throw new AssertionError("The passkey of " + user.username() + " was refused");
		}
		return session;
	}

	/** Signs in with the password and a code from the authenticator app, never the passkey (the code may be refused). */
	protected MockHttpSession signInWithCode(TestUser user) throws Exception {
		MockHttpSession session = signInWithPasswordOnly(user);
		Authenticator authenticator = AUTHENTICATORS.get(user.username());
		if (authenticator == null) {
			AUTHENTICATORS.put(user.username(), enrol(session));
			return session;
		}
		String code = authenticator.freshCode().orElseGet(authenticator::nextRecoveryCode);
		mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", code));
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

	/**
	 * Waits until every event published so far has been handled by its listeners — the event
	 * publication registry marks each publication complete — so that a test goes on from what the
	 * listeners did, not from a race with them. Fails after a generous bound.
	 */
	protected void awaitListeners() throws InterruptedException {
		long giveUpAt = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
		while (jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Integer.class) > 0) {
			if (System.nanoTime() > giveUpAt) {
				throw new AssertionError("Events still not handled: " + jdbc.queryForList(
						"select event_type || ' → ' || listener_id from event_publication where completion_date is null", String.class));
			}
			Thread.sleep(20);
		}
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
		if (jdbc.queryForObject("select count(*) from user_entities where name = ?", Integer.class, user.username()) == 0) {
			givePasskey(user.username()); // revealing identities takes a passkey
		}
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

	/**
	 * Drafts an appeal on the case through the API, with the usual addressee and subject and the
	 * given body, and answers its id (the draft is at version 0).
	 */
	protected UUID draftAppeal(TestUser user, UUID caseId, String body) throws Exception {
		MvcResult result = mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), user).content(json.writeValueAsString(Map.of(
				"addressee", "Xi Jinping, President of the People's Republic of China", "language", "en",
				"subject", "Do not return the five refugees", "asks", "That they not be returned", "body", body))))
			.andExpect(status().isCreated())
			.andReturn();
		return UUID.fromString(read(result).get("id").asString());
	}

	/** Uploads an evidence file to the case through the API ({@code POST /api/cases/{id}/files}) and answers its id. */
	protected UUID uploadEvidence(TestUser user, UUID caseId, String name, String mediaType, byte[] content) throws Exception {
		MvcResult result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/api/cases/" + caseId + "/files")
				.file(new org.springframework.mock.web.MockMultipartFile("file", name, mediaType, content))
				.header("Authorization", "Bearer " + user.token())
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isCreated())
			.andReturn();
		return UUID.fromString(read(result).get("id").asString());
	}

	/** The user's id, as the API takes it in {@code signatoryIds}. */
	protected UUID idOf(TestUser user) {
		return jdbc.queryForObject("select id from users where username = ?", UUID.class, user.username());
	}

	/** A reviewer of the team who set how they sign letters (their printed name and title) through the API. */
	protected TestUser signatory(String team, String name, String title) throws Exception {
		TestUser user = user(team, Role.REVIEWER);
		mvc.perform(api(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/signing-profile"), user)
				.content(json.writeValueAsString(Map.of("name", name, "title", title))))
			.andExpect(status().isOk());
		return user;
	}

}
