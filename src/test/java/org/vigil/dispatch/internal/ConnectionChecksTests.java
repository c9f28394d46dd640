package org.vigil.dispatch.internal;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.vigil.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 4: an administrator's Test connection says in plain words what worked and what failed
 * (GreenMail's SMTP and IMAP here), never showing a credential, and is audited.
 */
class ConnectionChecksTests extends DispatchIntegrationTest {

	@Test
	void withTheServersUpTheTestSaysEachWorksWithoutShowingThePassword() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		MockHttpSession session = signIn(admin);

		String page = mvc.perform(post("/admin/dispatch/connections").session(session).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Connected to 127.0.0.1:" + SMTP_PORT + " and signed in.")
			.contains("Connected to 127.0.0.1:" + IMAP_PORT + " and signed in.")
			.contains("0041229179000@" + FAX_GATEWAY)
			.doesNotContain("mailbox secret 42");
		assertThat(jdbc.queryForList("select actor from audit_entries where action = 'dispatch.connections-tested'", String.class))
			.contains(admin.username());
	}

	@Test
	void withTheMailServerDownTheTestSaysNothingAnswersThere() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		MockHttpSession session = signIn(admin);
		mail.stop();

		String page = mvc.perform(post("/admin/dispatch/connections").session(session).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Nothing answers at 127.0.0.1:" + SMTP_PORT).contains("Nothing answers at 127.0.0.1:" + IMAP_PORT)
			.contains("Fails");
	}

	@Test
	void anOfficerWhoIsNoAdministratorCannotTestTheConnections() throws Exception {
		MockHttpSession session = signIn(user(newTeam(), Role.ADVOCACY));

		mvc.perform(post("/admin/dispatch/connections").session(session).with(csrf())).andExpect(status().isForbidden());
	}

}
