package org.vigil.dispatch.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;
import org.vigil.accounts.Role;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 1: an appeal set, before its approval, to go by itself once approved is dispatched when
 * a second person approves it — to the destinations chosen, as the officer who chose them, exactly once
 * even when the approval is heard again — and the choice is refused where a dispatch would be.
 */
class DispatchOnApprovalTests extends DispatchIntegrationTest {

	@Autowired
	private DispatchOnApproval onApproval;

	@Autowired
	private org.vigil.accounts.UserDirectory users;

	@Autowired
	private org.vigil.cases.CaseDirectory cases;

	@Autowired
	private org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	void anAppealSetToGoOnApprovalArrivesOnceWhenASecondPersonApprovesIt() throws Exception {
		InReview appeal = inReview();
		String to = uniqueAddress("on-approval");
		choose(appeal.officer(), appeal, to, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.chosenBy").value(appeal.officer().username()))
			.andExpect(jsonPath("$.carriedOutAt").isEmpty());
		assertThat(mailFor(to)).isEmpty();

		step(appeal.reviewer(), appeal.caseId(), appeal.appealId(), "approve", 1).andExpect(status().isOk());

		eventually(() -> assertThat(mailFor(to)).hasSize(1));
		eventually(() -> assertThat(attempts(appeal.officer(), appeal.caseId(), appeal.appealId()).get(0).get("status").asString())
			.isEqualTo("SENT"));
		JsonNode attempt = attempts(appeal.officer(), appeal.caseId(), appeal.appealId()).get(0);
		assertThat(attempt.get("createdBy").asString()).isEqualTo(appeal.officer().username());
		assertThat(mailFor(to).get(0).getMessageID()).isEqualTo(attempt.get("messageId").asString());
		JsonNode plan = read(mvc.perform(api(get(onApprovalUrl(appeal)), appeal.officer())).andExpect(status().isOk()).andReturn());
		assertThat(plan.get("carriedOutAt").isNull()).isFalse();
		assertThat(plan.get("refusal").isNull()).isTrue();
	}

	@Test
	void theApprovalHeardAgainSendsNothingASecondTime() throws Exception {
		InReview appeal = inReview();
		String to = uniqueAddress("heard-twice");
		choose(appeal.officer(), appeal, to, null).andExpect(status().isOk());
		step(appeal.reviewer(), appeal.caseId(), appeal.appealId(), "approve", 1).andExpect(status().isOk());
		eventually(() -> assertThat(attempts(appeal.officer(), appeal.caseId(), appeal.appealId()))
			.extracting(attempt -> attempt.get("status").asString()).containsExactly("SENT"));

		onApproval.carryOut(appeal.caseId(), appeal.appealId()); // as a resubmitted AppealApproved would

		assertThat(attempts(appeal.officer(), appeal.caseId(), appeal.appealId())).hasSize(1);
		assertThat(mailFor(to)).hasSize(1);
	}

	@Test
	void anAppealWhoseChoiceWasCancelledIsNotSentOnApproval() throws Exception {
		InReview appeal = inReview();
		choose(appeal.officer(), appeal, uniqueAddress("cancelled"), null).andExpect(status().isOk());
		mvc.perform(api(delete(onApprovalUrl(appeal)), appeal.officer())).andExpect(status().isNoContent());

		step(appeal.reviewer(), appeal.caseId(), appeal.appealId(), "approve", 1).andExpect(status().isOk());

		eventually(() -> assertThat(jdbc.queryForObject("select count(*) from event_publication where listener_id like ? "
				+ "and serialized_event like ? and completion_date is not null", Integer.class, "%DispatchOnApproval%",
				"%" + appeal.appealId() + "%")).isEqualTo(1));
		assertThat(attempts(appeal.officer(), appeal.caseId(), appeal.appealId())).isEmpty();
		mvc.perform(api(get(onApprovalUrl(appeal)), appeal.officer())).andExpect(status().isOk())
			.andExpect(jsonPath("$.chosen").value(false));
	}

	@Test
	void anOfficerWhoLeftTheTeamBeforeTheApprovalSendsNothingAndTheAppealSaysWhy() throws Exception {
		InReview appeal = inReview();
		String to = uniqueAddress("left");
		choose(appeal.officer(), appeal, to, null).andExpect(status().isOk());
		jdbc.update("delete from team_members where user_id = (select id from users where username = ?)", appeal.officer().username());

		step(appeal.reviewer(), appeal.caseId(), appeal.appealId(), "approve", 1).andExpect(status().isOk());

		TestUser colleague = user(appeal.team(), Role.ADVOCACY);
		eventually(() -> mvc.perform(api(get(onApprovalUrl(appeal)), colleague)).andExpect(jsonPath("$.refusal").value("NOT_TEAM_ADVOCATE")));
		assertThat(attempts(colleague, appeal.caseId(), appeal.appealId())).isEmpty();
		assertThat(mailFor(to)).isEmpty();
	}

	/**
	 * The order that used to lose the choice: the officer's first choice is saved but not yet committed
	 * when the reviewer approves. The approval's listener then found no choice, and the choice, committed
	 * after, waited for an approval that had passed. Now the approval waits for the choice to commit,
	 * and the appeal goes out.
	 */
	@Test
	void aChoiceSavedWhileTheReviewerApprovesIsCarriedOutNotLost() throws Exception {
		InReview appeal = inReview();
		String to = uniqueAddress("race");
		org.vigil.accounts.Viewer officer = users.viewerNamed(appeal.officer().username()).orElseThrow();
		java.util.concurrent.CompletableFuture<Integer> approval = new java.util.concurrent.CompletableFuture<>();

		new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(choosing -> {
			onApproval.choose(officer, cases.standing(officer, appeal.caseId()), appeal.appealId(),
					List.of(new Dispatching.Choice(null, Channel.EMAIL, to, "General Office of the State Council", null)), false, null);
			Thread reviewer = new Thread(() -> {
				try {
					approval.complete(step(appeal.reviewer(), appeal.caseId(), appeal.appealId(), "approve", 1).andReturn().getResponse()
						.getStatus());
				}
				catch (Exception failed) {
					approval.completeExceptionally(failed);
				}
			});
			reviewer.start();
			// Commit the choice only once the approval waits for it, or has passed it and its listener has run.
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
				.until(() -> approvalWaitsOnTheAppeal() || approval.isDone() && approvalHeard(appeal.appealId()));
		});

		assertThat(approval.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
		eventually(() -> assertThat(mailFor(to)).hasSize(1));
		JsonNode plan = read(mvc.perform(api(get(onApprovalUrl(appeal)), appeal.officer())).andExpect(status().isOk()).andReturn());
		assertThat(plan.get("carriedOutAt").isNull()).isFalse();
	}

	/** Whether a transaction waits on a lock to change an appeal (the approval, behind the choice's hold). */
	private boolean approvalWaitsOnTheAppeal() {
		return jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike 'update appeals%'",
				Integer.class) > 0;
	}

	/** Whether the listeners of the appeal's approval have all run. */
	private boolean approvalHeard(UUID appealId) {
		return jdbc.queryForObject("select count(*) from event_publication where event_type like '%AppealApproved' "
				+ "and serialized_event like ? and completion_date is null", Integer.class, "%" + appealId + "%") == 0
				&& jdbc.queryForObject("select count(*) from event_publication where event_type like '%AppealApproved' "
						+ "and serialized_event like ?", Integer.class, "%" + appealId + "%") > 0;
	}

	@Test
	void anAppealApprovedAlreadyIsDispatchedNotSetToGoOnApproval() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);

		mvc.perform(api(put(dispatchesUrl(appeal.caseId(), appeal.appealId()) + "/on-approval"), officer)
				.content(json.writeValueAsString(Map.of("channels", List.of(Map.of("channel", "EMAIL", "to", uniqueAddress("late")))))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("APPEAL_ALREADY_APPROVED"));
	}

	@Test
	void aResearcherWhoIsNoAdvocateMayNotSetAnAppealToGoOnApproval() throws Exception {
		InReview appeal = inReview();

		choose(appeal.author(), appeal, uniqueAddress("researcher"), null)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NOT_TEAM_ADVOCATE"));
	}

	@Test
	void anAddressThatIsNoEmailAddressIsABadRequestNamingTheChoice() throws Exception {
		InReview appeal = inReview();

		choose(appeal.officer(), appeal, "not an address", null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("channels[0].to"));
		mvc.perform(api(get(onApprovalUrl(appeal)), appeal.officer())).andExpect(status().isOk())
			.andExpect(jsonPath("$.chosen").value(false));
	}

	@Test
	void replacingAChoiceMadeSinceTheVersionReadIsRefused() throws Exception {
		InReview appeal = inReview();
		choose(appeal.officer(), appeal, uniqueAddress("first"), null).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
		choose(appeal.officer(), appeal, uniqueAddress("second"), 0L).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));

		choose(appeal.officer(), appeal, uniqueAddress("third"), 0L)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("STALE_VERSION"));
	}

	@Test
	void anOfficerSetsTheAppealToGoOnApprovalFromItsPageAndTheSectionSaysSo() throws Exception {
		InReview appeal = inReview();
		MockHttpSession session = signIn(appeal.officer());
		String appealPage = "/cases/" + appeal.caseId() + "/appeals/" + appeal.appealId();
		String to = uniqueAddress("page-on-approval");
		assertThat(section(session, appealPage)).contains(appealPage + "/dispatch/on-approval").contains("Send on approval");

		mvc.perform(post(appealPage + "/dispatch/on-approval").session(session).with(csrf()).param("to", to))
			.andExpect(status().is3xxRedirection());

		assertThat(section(session, appealPage)).contains("Goes by itself on approval to 1 destination").contains(to)
			.contains(appealPage + "/dispatch/on-approval/cancel");
		step(appeal.reviewer(), appeal.caseId(), appeal.appealId(), "approve", 1).andExpect(status().isOk());
		eventually(() -> assertThat(mailFor(to)).hasSize(1));
	}

	private String section(MockHttpSession session, String appealPage) throws Exception {
		return mvc.perform(get(appealPage + "/dispatch/section").session(session).header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private record InReview(String team, UUID caseId, UUID appealId, TestUser author, TestUser reviewer, TestUser officer) {
	}

	/** An appeal of a new team's case submitted for review, with a reviewer and an advocacy officer of the team. */
	private InReview inReview() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Your Excellency, we appeal to you on behalf of five refugees held near Yanji.");
		step(author, caseId, appealId, "submit", 0).andExpect(status().isOk());
		return new InReview(team, caseId, appealId, author, user(team, Role.REVIEWER), user(team, Role.ADVOCACY));
	}

	private ResultActions choose(TestUser user, InReview appeal, String to, Long version) throws Exception {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("channels", List.of(Map.of("channel", "EMAIL", "to", to,
				"name", "General Office of the State Council"))));
		if (version != null) {
			body.put("version", version);
		}
		return mvc.perform(api(put(onApprovalUrl(appeal)), user).content(json.writeValueAsString(body)));
	}

	private static String onApprovalUrl(InReview appeal) {
		return dispatchesUrl(appeal.caseId(), appeal.appealId()) + "/on-approval";
	}

}
