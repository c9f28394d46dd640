package org.vigil.appeals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11 item 7: each signatory approves the exact text they sign; the appeal is approved when
 * every signatory has; a change after an approval withdraws it and tells the signatory; a
 * signatory may withdraw their approval; the drafter cannot sign.
 */
@RecordApplicationEvents
class SignatoryApprovalTests extends WebIntegrationTest {

	@Autowired
	private ApplicationEvents events;

	@Test
	void aSignatoryApprovingChangesNothingUntilEverySignatoryHasApproved() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser director = signatory(team, "Kim Min-ji", "Asia Director");
		TestUser chair = signatory(team, "Ana Lopes", "Chair of the Board");
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draft(author, caseId, List.of(idOf(director), idOf(chair)));
		submit(author, caseId, appealId);

		sign(director, caseId, appealId, 1).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_REVIEW"));
		assertThat(events.stream(AppealApproved.class)).isEmpty();
		mvc.perform(api(get(url(caseId, appealId) + "/approvals"), author))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.complete").value(false))
			.andExpect(jsonPath("$.signatories[0].name").value("Kim Min-ji"))
			.andExpect(jsonPath("$.signatories[0].title").value("Asia Director"))
			.andExpect(jsonPath("$.signatories[0].approved").value(true))
			.andExpect(jsonPath("$.signatories[1].name").value("Ana Lopes"))
			.andExpect(jsonPath("$.signatories[1].approved").value(false));

		sign(chair, caseId, appealId, 1).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.approvedBy").value(chair.username()));
		assertThat(events.stream(AppealApproved.class).map(AppealApproved::appealId)).containsExactly(appealId);
		mvc.perform(api(get(url(caseId, appealId) + "/approvals"), author)).andExpect(jsonPath("$.complete").value(true));
		assertThat(auditOf(appealId)).containsSubsequence("appeal.signed:success", "appeal.signed:success", "appeal.approved:success");
	}

	@Test
	void aSignatoryApprovesOnlyOnceAndWithTheirPassword() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser director = signatory(team, "Kim Min-ji", "Asia Director");
		TestUser chair = signatory(team, "Ana Lopes", "Chair of the Board");
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draft(author, caseId, List.of(idOf(director), idOf(chair)));
		submit(author, caseId, appealId);

		mvc.perform(api(post(url(caseId, appealId) + "/approvals"), director).content("{\"version\": 1, \"password\": \"not mine\"}"))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.refusal").value("SIGNATURE_NOT_CONFIRMED"));
		sign(director, caseId, appealId, 1).andExpect(status().isOk());
		sign(director, caseId, appealId, 1).andExpect(status().isConflict()).andExpect(jsonPath("$.refusal").value("ALREADY_SIGNED"));
		mvc.perform(api(get(url(caseId, appealId)), author)).andExpect(jsonPath("$.status").value("IN_REVIEW"));
	}

	@Test
	void theDrafterCannotSignEvenWhenListedAsASignatory() throws Exception {
		String team = newTeam();
		TestUser author = user(team, Role.RESEARCHER, Role.REVIEWER);
		mvc.perform(api(put("/api/signing-profile"), author).content("{\"name\": \"Lee Su-jin\", \"title\": \"Researcher\"}"))
			.andExpect(status().isOk());
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draft(author, caseId, List.of(idOf(author)));
		submit(author, caseId, appealId);

		sign(author, caseId, appealId, 1).andExpect(status().isForbidden()).andExpect(jsonPath("$.refusal").value("OWN_APPEAL"));
		mvc.perform(api(get(url(caseId, appealId)), author)).andExpect(jsonPath("$.status").value("IN_REVIEW"));
		assertThat(auditOf(appealId)).contains("appeal.signed:denied");
		assertThat(events.stream(AppealApproved.class)).isEmpty();
	}

	@Test
	void aReviewerWhoIsNotASignatoryCannotApproveAnAppealThatNamesSignatories() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser director = signatory(team, "Kim Min-ji", "Asia Director");
		TestUser otherReviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draft(author, caseId, List.of(idOf(director)));
		submit(author, caseId, appealId);

		step(otherReviewer, caseId, appealId, "approve", 1).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NOT_A_SIGNATORY"));
		// Today's route approves as a signatory too.
		step(director, caseId, appealId, "approve", 1).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void anEditAfterOneApprovalWithdrawsItAndTellsTheSignatory() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser director = signatory(team, "Kim Min-ji", "Asia Director");
		TestUser chair = signatory(team, "Ana Lopes", "Chair of the Board");
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draft(author, caseId, List.of(idOf(director), idOf(chair)));
		submit(author, caseId, appealId);
		sign(director, caseId, appealId, 1).andExpect(status().isOk());
		mvc.perform(api(post(url(caseId, appealId) + "/return"), chair).content("{\"version\": 1, \"comment\": \"Name the prison\"}"))
			.andExpect(status().isOk());

		edit(author, caseId, appealId, 2, "Your Excellency, the five are held in Tumen.").andExpect(status().isOk());

		mvc.perform(api(get(url(caseId, appealId) + "/approvals"), author))
			.andExpect(jsonPath("$.signatories[0].approved").value(false))
			.andExpect(jsonPath("$.signatories[0].approvedAt").value(nullValue()));
		assertThat(auditOf(appealId)).contains("appeal.approvals-withdrawn:success");
		MockHttpSession session = signIn(director);
		mvc.perform(get("/waiting").header("HX-Request", "true").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("changed after you approved it: your approval was withdrawn")));
		// The chair, who had not approved, is not told anything was withdrawn.
		mvc.perform(get("/waiting").header("HX-Request", "true").session(signIn(chair)))
			.andExpect(content().string(not(containsString("your approval was withdrawn"))));

		// Once submitted again, the new text needs both approvals.
		submit(author, caseId, appealId, 3);
		sign(chair, caseId, appealId, 4).andExpect(jsonPath("$.status").value("IN_REVIEW"));
		sign(director, caseId, appealId, 4).andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void anEditThatChangesNothingTheSignatoriesSignKeepsTheirApprovals() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser director = signatory(team, "Kim Min-ji", "Asia Director");
		TestUser chair = signatory(team, "Ana Lopes", "Chair of the Board");
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draft(author, caseId, List.of(idOf(director), idOf(chair)));
		submit(author, caseId, appealId);
		sign(director, caseId, appealId, 1).andExpect(status().isOk());
		mvc.perform(api(post(url(caseId, appealId) + "/return"), chair).content("{\"version\": 1, \"comment\": \"Check the date\"}"))
			.andExpect(status().isOk());

		edit(author, caseId, appealId, 2, "Your Excellency, we appeal to you.").andExpect(status().isOk());

		mvc.perform(api(get(url(caseId, appealId) + "/approvals"), author)).andExpect(jsonPath("$.signatories[0].approved").value(true));
	}

	@Test
	void aSignatoryWithdrawsTheirApprovalAndTheAppealIsNoLongerApproved() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser director = signatory(team, "Kim Min-ji", "Asia Director");
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draft(author, caseId, List.of(idOf(director)));
		submit(author, caseId, appealId);
		sign(director, caseId, appealId, 1).andExpect(jsonPath("$.status").value("APPROVED"));

		mvc.perform(api(delete(url(caseId, appealId) + "/approvals/mine"), director))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_REVIEW"))
			.andExpect(jsonPath("$.approvedBy").value(nullValue()));
		mvc.perform(api(get(url(caseId, appealId) + "/pdf"), author)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("LETTER_NOT_APPROVED"));
		mvc.perform(api(delete(url(caseId, appealId) + "/approvals/mine"), director)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("NOT_SIGNED"));
		assertThat(auditOf(appealId)).contains("appeal.approval-withdrawn:success", "appeal.approval-withdrawn:denied");
	}

	@Test
	void aSignatoryMustBeAUserWhoSetHowTheySign() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser director = signatory(team, "Kim Min-ji", "Asia Director");
		TestUser withoutProfile = user(team, Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");

		for (List<UUID> ids : List.of(List.of(idOf(withoutProfile)), List.of(idOf(director), idOf(director)))) {
			mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), author).content(json.writeValueAsString(request(ids, null))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(ids.size() == 1 ? "signatoryIds[0]" : "signatoryIds[1]"));
		}
		mvc.perform(api(get("/api/signatories"), author))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kim Min-ji")))
			.andExpect(content().string(not(containsString(withoutProfile.username()))));
	}

	@Test
	void aSigningProfileIsOneLineOfTextAndOnlyAnAdministratorSetsAnothersProfile() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser colleague = user(team);
		mvc.perform(api(put("/api/signing-profile"), researcher).content("{\"name\": \"Kim\\nMin-ji\", \"title\": \"Director\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(api(put("/api/users/" + idOf(colleague) + "/signing-profile"), researcher)
				.content("{\"name\": \"Someone Else\", \"title\": \"Director\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(api(get("/api/signing-profile"), colleague)).andExpect(status().isNotFound());
	}

	@Test
	void aSignatureImageThatIsNotAnImageIsRefusedWithTheReasonAndOneNeedsASigningProfileFirst() throws Exception {
		String team = newTeam();
		TestUser withoutProfile = user(team, Role.REVIEWER);
		String png = java.util.Base64.getEncoder().encodeToString(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 });
		mvc.perform(api(put("/api/signing-profile/signature"), withoutProfile).content("{\"image\": \"" + png + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("SIGNING_PROFILE_REQUIRED"));
		TestUser director = signatory(team, "Kim Min-ji", "Asia Director");
		mvc.perform(api(put("/api/signing-profile/signature"), director).content("{\"image\": \"" + png + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("SIGNATURE_NOT_AN_IMAGE"));
		String large = java.util.Base64.getEncoder().encodeToString(new byte[512 * 1024 + 1]);
		mvc.perform(api(put("/api/signing-profile/signature"), director).content("{\"image\": \"" + large + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("SIGNATURE_TOO_LARGE"));
	}

	private UUID draft(TestUser author, UUID caseId, List<UUID> signatoryIds) throws Exception {
		return UUID.fromString(read(mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), author)
				.content(json.writeValueAsString(request(signatoryIds, null))))
			.andExpect(status().isCreated()).andReturn()).get("id").asString());
	}

	private static Map<String, Object> request(List<UUID> signatoryIds, Integer version) {
		Map<String, Object> request = new HashMap<>(Map.of("addressee", "Xi Jinping, President of the People's Republic of China",
				"language", "en", "subject", "Do not return the five refugees", "asks", "That they not be returned",
				"body", "Your Excellency, we appeal to you."));
		if (signatoryIds != null) {
			request.put("signatoryIds", signatoryIds);
		}
		if (version != null) {
			request.put("version", version);
		}
		return request;
	}

	private ResultActions edit(TestUser user, UUID caseId, UUID appealId, int version, String body) throws Exception {
		Map<String, Object> request = request(null, version);
		request.put("body", body);
		return mvc.perform(api(put(url(caseId, appealId)), user).content(json.writeValueAsString(request)));
	}

	private void submit(TestUser author, UUID caseId, UUID appealId) throws Exception {
		submit(author, caseId, appealId, 0);
	}

	private void submit(TestUser author, UUID caseId, UUID appealId, long version) throws Exception {
		step(author, caseId, appealId, "submit", version).andExpect(status().isOk());
	}

	private ResultActions sign(TestUser user, UUID caseId, UUID appealId, long version) throws Exception {
		return mvc.perform(api(post(url(caseId, appealId) + "/approvals"), user)
			.content(json.writeValueAsString(Map.of("version", version, "password", PASSWORD))));
	}

	private ResultActions step(TestUser user, UUID caseId, UUID appealId, String step, long version) throws Exception {
		return mvc.perform(api(post(url(caseId, appealId) + "/" + step), user)
			.content(json.writeValueAsString(Map.of("version", version, "password", PASSWORD))));
	}

	private static String url(UUID caseId, UUID appealId) {
		return "/api/cases/" + caseId + "/appeals/" + appealId;
	}

	private List<String> auditOf(UUID appealId) {
		return jdbc.queryForList("select action || ':' || outcome from audit_entries where record_type = 'appeal' and record_id = ? order by id",
				String.class, appealId.toString());
	}

}
