package org.vigil.urgency.internal;

import java.time.LocalDate;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigil.cases.Reliability;
import org.vigil.support.TestMailServer;
import org.vigil.support.WebIntegrationTest;
import org.vigil.urgency.internal.UrgencyTestSources.MovableClock;
import org.vigil.urgency.internal.UrgencyTestSources.RecordedAppeals;
import org.vigil.urgency.internal.UrgencyTestSources.RecordedWhereabouts;
import tools.jackson.databind.JsonNode;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application with the urgency module fed through its input ports by the tests
 * ({@link UrgencyTestSources}), a clock they move, and GreenMail as the real SMTP server alert
 * emails go to. One context for every urgency test.
 */
@Import(UrgencyTestSources.class)
abstract class UrgencyIntegrationTest extends WebIntegrationTest {

	/** One SMTP server for the shared context, on a free port (worktrees build side by side). */
	static final GreenMail MAIL = TestMailServer.start();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry, MAIL);
	}

	@Autowired
	protected RecordedWhereabouts whereabouts;

	@Autowired
	protected RecordedAppeals appeals;

	@Autowired
	protected MovableClock clock;

	/** Stands in for the whereabouts module's event: the case is assessed again after its facts changed. */
	@Autowired
	protected Reassessment reassessment;

	@BeforeEach
	void emptyTheMailboxes() throws Exception {
		awaitListeners(); // nothing an earlier test set off arrives in this test's mailbox
		MAIL.purgeEmailFromAllMailboxes();
	}

	/** Opens a case and waits until the urgency module has assessed it (its listener runs after the opening commits). */
	@Override
	protected UUID openCase(TestUser user, String title, String country) throws Exception {
		UUID caseId = super.openCase(user, title, country);
		awaitListeners();
		return caseId;
	}

	/** The sample case's report: to Helong, "imminently", per a usually reliable source, two days ago. */
	protected void expectTransferToHelong(UUID caseId) {
		LocalDate today = clock.today();
		whereabouts.expectTransfer(caseId, UrgencyTestSources.HELONG, null, Certainty.IMMINENT, Reliability.MEDIUM, today.minusDays(2));
		reassessment.reassess(caseId);
	}

	protected String reference(TestUser user, UUID caseId) throws Exception {
		return read(mvc.perform(api(get("/api/cases/" + caseId), user)).andReturn()).get("reference").asString();
	}

	protected JsonNode urgency(TestUser user, UUID caseId) throws Exception {
		return read(mvc.perform(api(get("/api/cases/" + caseId + "/urgency"), user)).andExpect(status().isOk()).andReturn());
	}

	/** Sets where the team's alerts go, as an administrator does on the urgency page. */
	protected void mailTo(String team, String alertAddress, String reviewerAddress) throws Exception {
		var session = signIn(user(team, org.vigil.accounts.Role.ADMINISTRATOR));
		UUID teamId = jdbc.queryForObject("select id from teams where name = ?", UUID.class, team);
		long version = jdbc.queryForList("select version from urgency_team_mail where team_id = ?", Long.class, teamId).stream()
			.findFirst().orElse(-1L);
		mvc.perform(post("/admin/urgency/teams/" + teamId).session(session)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("alertAddress", alertAddress).param("reviewerAddress", reviewerAddress).param("version", Long.toString(version)))
			.andExpect(status().is3xxRedirection());
	}

	/** The messages GreenMail received for the address. */
	protected java.util.List<MimeMessage> mailFor(String address) throws Exception {
		awaitListeners(); // alert emails are sent by a listener, after the alert is raised
		java.util.List<MimeMessage> found = new java.util.ArrayList<>();
		for (MimeMessage message : MAIL.getReceivedMessages()) {
			for (var to : message.getAllRecipients()) {
				if (to.toString().equals(address)) {
					found.add(message);
				}
			}
		}
		return found;
	}

}
