package org.vigil.protection;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PurgingAndAuditPageTests extends WebIntegrationTest {

	@Autowired
	private DataSource dataSource;

	@Test
	void aPurgedCaseKeepsItsPublicFactsButItsIdentitiesAreGoneForGood() throws Exception {
		String team = newTeam();
		TestUser admin = user(team, Role.ADMINISTRATOR, Role.RESEARCHER);
		UUID caseId = openCase(admin, "To be purged", "CN");
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), admin)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Refugee Q\", \"name\": \"Han Song-i\"}"))
			.andExpect(status().isCreated());
		String reference = read(mvc.perform(api(get("/api/cases/" + caseId), admin)).andReturn()).get("reference").asString();
		MockHttpSession session = signIn(admin);

		// A legal hold blocks purging and says so.
		mvc.perform(post("/cases/" + caseId + "/legal-hold").session(session).with(csrf()).param("hold", "true"));
		mvc.perform(post("/cases/" + caseId + "/purge").session(session).with(csrf()).param("confirmation", reference))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("purgeMessage", "purge.REFUSED_LEGAL_HOLD"));
		mvc.perform(post("/cases/" + caseId + "/legal-hold").session(session).with(csrf()).param("hold", "false"));

		mvc.perform(post("/cases/" + caseId + "/purge").session(session).with(csrf()).param("confirmation", reference))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("purgeMessage", "purge.SHREDDED"));

		reveal(admin, caseId);
		mvc.perform(api(get("/api/cases/" + caseId + "/persons"), admin))
			.andExpect(jsonPath("$[0].publicLabel").value("Refugee Q"))
			.andExpect(jsonPath("$[0].purged").value(true))
			.andExpect(jsonPath("$[0].identity").doesNotExist());
		mvc.perform(api(post("/api/persons/lookup"), admin).content("{\"name\": \"Han Song-i\"}")).andExpect(jsonPath("$").isEmpty());
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), admin)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Refugee R\", \"name\": \"New name\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("CASE_PURGED"));
		mvc.perform(get("/cases/" + caseId).session(session)).andExpect(content().string(containsString("[purged]")));
	}

	@Test
	void purgingAndLegalHoldsTakeASignInCompletedWithThePasskey() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR, Role.RESEARCHER);
		UUID caseId = openCase(admin, "Not purged by a recovery code", "CN");
		String reference = read(mvc.perform(api(get("/api/cases/" + caseId), admin)).andReturn()).get("reference").asString();
		signIn(admin); // enrols the app, then the passkey
		MockHttpSession session = signInWithPasswordOnly(admin);
		mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", authenticatorOf(admin).nextRecoveryCode()));

		mvc.perform(get("/cases/" + caseId + "/access").session(session))
			.andExpect(content().string(containsString("id=\"purge-needs-passkey\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"confirmation\""))));
		String confirm = "/second-factor/passkey?next=/cases/" + caseId + "/access";
		mvc.perform(post("/cases/" + caseId + "/purge").session(session).with(csrf()).param("confirmation", reference))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(confirm));
		mvc.perform(post("/cases/" + caseId + "/legal-hold").session(session).with(csrf()).param("hold", "true"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(confirm));
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		assertThat(jdbc.queryForObject("select count(*) from case_keys where case_id = ? and (destroyed_at is not null or legal_hold)",
				Integer.class, caseId)).isZero();

		assertThat(passkeyStep(session, admin)).isEqualTo(200);
		mvc.perform(post("/cases/" + caseId + "/purge").session(session).with(csrf()).param("confirmation", reference))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("purgeMessage", "purge.SHREDDED"));
	}

	@Test
	void onePersonCanBePurgedLeavingTheOthersReadable() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR, Role.RESEARCHER);
		UUID caseId = openCase(admin, "Two people", "CN");
		String first = read(mvc.perform(api(post("/api/cases/" + caseId + "/persons"), admin)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Refugee S\", \"name\": \"Jang Su-bin\"}")).andReturn())
			.get("id").asString();
		mvc.perform(api(post("/api/cases/" + caseId + "/persons"), admin)
			.content("{\"kind\": \"INDIVIDUAL\", \"publicLabel\": \"Refugee T\", \"name\": \"Oh Ji-hoon\"}"));
		MockHttpSession session = signIn(admin);
		mvc.perform(post("/cases/" + caseId + "/persons/" + first + "/purge").session(session).with(csrf()).param("confirmation", "Refugee S"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("purgeMessage", "purge.person.SHREDDED"));
		reveal(admin, caseId);
		mvc.perform(api(get("/api/cases/" + caseId + "/persons"), admin))
			.andExpect(jsonPath("$[0].purged").value(true))
			.andExpect(jsonPath("$[1].identity.name").value("Oh Ji-hoon"));
		mvc.perform(api(post("/api/persons/lookup"), admin).content("{\"name\": \"Jang Su-bin\"}")).andExpect(jsonPath("$").isEmpty());
	}

	@Test
	void onlyAnAdministratorOfTheTeamMayPurge() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		UUID caseId = openCase(researcher, "Not purged", "CN");
		mvc.perform(post("/cases/" + caseId + "/purge").session(signIn(researcher)).with(csrf()).param("confirmation", "x"))
			.andExpect(status().is3xxRedirection()); // wrong confirmation: nothing happens
		String reference = read(mvc.perform(api(get("/api/cases/" + caseId), researcher)).andReturn()).get("reference").asString();
		mvc.perform(post("/cases/" + caseId + "/purge").session(signIn(researcher)).with(csrf()).param("confirmation", reference))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAdministratorPageReportsAnIntactLogAndTheFirstBrokenEntry() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR, Role.RESEARCHER);
		openCase(admin, "Audited", "CN");
		MockHttpSession session = signIn(admin);
		mvc.perform(get("/admin/audit").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The audit log is intact")));

		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long entry = jdbc.queryForObject("select max(id) from audit_entries where action = 'case.opened'", Long.class);
		String actor = jdbc.queryForObject("select actor from audit_entries where id = ?", String.class, entry);
		setActor(jdbc, entry, "someone else");
		try {
			mvc.perform(get("/admin/audit").session(session))
				.andExpect(content().string(containsString("The audit log is broken at entry " + entry)));
		}
		finally {
			setActor(jdbc, entry, actor); // other tests share this database and its audit log
		}
		mvc.perform(get("/admin/audit").session(session)).andExpect(content().string(containsString("The audit log is intact")));
	}

	private static void setActor(JdbcTemplate jdbc, long entry, String actor) {
		jdbc.execute("alter table audit_entries disable trigger user");
		try {
			jdbc.update("update audit_entries set actor = ? where id = ?", actor, entry);
		}
		finally {
			jdbc.execute("alter table audit_entries enable trigger user");
		}
	}

}
