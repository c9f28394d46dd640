package org.vigil.appeals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;
import org.vigil.vault.CaseKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 3: "Approval of an appeal needs a second person." Through the API: who may approve, what
 * approval locks, what is audited and announced, and that the appeal's text is sealed at rest.
 */
@RecordApplicationEvents
class AppealApprovalTests extends WebIntegrationTest {

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private CaseKeys keys;

	@Test
	void theAuthorCannotApproveTheirOwnAppealEvenAsAReviewer() throws Exception {
		String team = newTeam();
		TestUser author = user(team, Role.RESEARCHER, Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Your Excellency, we appeal to you.");
		submit(author, caseId, appealId, 0).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_REVIEW"));

		step(author, caseId, appealId, "approve", 1)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.refusal").value("OWN_APPEAL"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("second reviewer")));

		mvc.perform(api(get(appealUrl(caseId, appealId)), author))
			.andExpect(jsonPath("$.status").value("IN_REVIEW"))
			.andExpect(jsonPath("$.approvedBy").value(nullValue()));
		assertThat(auditOf(appealId)).containsSubsequence("appeal.drafted:success", "appeal.submitted:success",
				"appeal.approved:denied");
		assertThat(events.stream(AppealApproved.class)).isEmpty();
	}

	@Test
	void aSecondReviewerOfTheOwningTeamApprovesAndTheApprovalIsAnnounced() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Your Excellency, we appeal to you.");
		submit(author, caseId, appealId, 0).andExpect(status().isOk());

		step(reviewer, caseId, appealId, "approve", 1)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.approvedBy").value(reviewer.username()))
			.andExpect(jsonPath("$.submittedBy").value(author.username()));

		List<AppealApproved> approvals = events.stream(AppealApproved.class).toList();
		assertThat(approvals).hasSize(1);
		assertThat(approvals.get(0).appealId()).isEqualTo(appealId);
		assertThat(approvals.get(0).caseId()).isEqualTo(caseId);
		assertThat(approvals.get(0).approvedBy()).isEqualTo(reviewer.username());
		assertThat(approvals.get(0).approvedAt()).isNotNull();
		assertThat(auditOf(appealId)).containsSubsequence("appeal.drafted:success", "appeal.submitted:success",
				"appeal.approved:success");
	}

	@Test
	void anApprovalIsSignedWithTheApproversPassword() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Your Excellency, we appeal to you.");
		submit(author, caseId, appealId, 0).andExpect(status().isOk());

		for (String body : new String[] { "{\"version\": 1}", "{\"version\": 1, \"password\": \"not my password\"}" }) {
			mvc.perform(api(post(appealUrl(caseId, appealId) + "/approve"), reviewer).content(body))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.refusal").value("SIGNATURE_NOT_CONFIRMED"));
		}
		mvc.perform(api(get(appealUrl(caseId, appealId)), reviewer)).andExpect(jsonPath("$.status").value("IN_REVIEW"));
		assertThat(events.stream(AppealApproved.class)).isEmpty();
		assertThat(auditOf(appealId)).containsSubsequence("appeal.approved:denied", "appeal.approved:denied");

		step(reviewer, caseId, appealId, "approve", 1).andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void aReviewerOfAnotherTeamCannotApproveWhetherOrNotTheCaseIsSharedWithThem() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser outsider = user(newTeam(), Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Your Excellency");
		submit(author, caseId, appealId, 0).andExpect(status().isOk());

		// Not shared: the case does not exist for them.
		step(outsider, caseId, appealId, "approve", 1).andExpect(status().isNotFound());
		// Shared: they may read it, but approving is for the owning team's reviewers.
		mvc.perform(api(post("/api/cases/" + caseId + "/shares"), author)
				.content("{\"username\": \"" + outsider.username() + "\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(api(get(appealUrl(caseId, appealId)), outsider)).andExpect(status().isOk());
		step(outsider, caseId, appealId, "approve", 1)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NOT_TEAM_REVIEWER"));
		assertThat(auditOf(appealId)).contains("appeal.approved:denied");
		assertThat(events.stream(AppealApproved.class)).isEmpty();
	}

	@Test
	void anyoneWhoEditedTheAppealCannotApproveIt() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser editor = user(team, Role.RESEARCHER, Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "First words");
		edit(editor, caseId, appealId, 0, "Better words").andExpect(status().isOk());
		submit(author, caseId, appealId, 1).andExpect(status().isOk());

		step(editor, caseId, appealId, "approve", 2)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("OWN_APPEAL"));
	}

	@Test
	void anApprovedAppealCanNoLongerBeChanged() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Approved words");
		submit(author, caseId, appealId, 0).andExpect(status().isOk());
		step(reviewer, caseId, appealId, "approve", 1).andExpect(status().isOk());

		edit(author, caseId, appealId, 2, "Changed after approval")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("APPROVED_IS_FINAL"));
		submit(author, caseId, appealId, 2).andExpect(status().isConflict());
		step(reviewer, caseId, appealId, "return", 2, "Too late").andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("NOT_IN_REVIEW"));
		mvc.perform(api(get(appealUrl(caseId, appealId)), author))
			.andExpect(jsonPath("$.body").value("Approved words"))
			.andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void theApprovedAppealsPageOffersItsLetterAsAPdfAndADraftsPageDoesNot() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Approved words");
		String pdf = "/api/cases/" + caseId + "/appeals/" + appealId + "/pdf";
		assertThat(appealPage(author, caseId, appealId)).doesNotContain(pdf).doesNotContain("Download the letter (PDF)");

		submit(author, caseId, appealId, 0).andExpect(status().isOk());
		step(reviewer, caseId, appealId, "approve", 1).andExpect(status().isOk());
		assertThat(appealPage(author, caseId, appealId)).contains("href=\"" + pdf + "\"").contains("Download the letter (PDF)");
		byte[] letter = mvc.perform(get(pdf).session(signIn(author))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(letter, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	private String appealPage(TestUser viewer, UUID caseId, UUID appealId) throws Exception {
		return mvc.perform(get("/cases/" + caseId + "/appeals/" + appealId).session(signIn(viewer))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void anAppealInReviewIsNotEditedButReturnedToDraftWithAComment() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Draft words");
		submit(author, caseId, appealId, 0).andExpect(status().isOk());
		edit(author, caseId, appealId, 1, "Sneaked in").andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("NOT_A_DRAFT"));

		step(reviewer, caseId, appealId, "return", 1, " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		step(reviewer, caseId, appealId, "return", 1, "Cite CAT/C/CHN/CO/5, paras 46-47.")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.returnedBy").value(reviewer.username()))
			.andExpect(jsonPath("$.returnComment").value("Cite CAT/C/CHN/CO/5, paras 46-47."));
		edit(author, caseId, appealId, 2, "Draft words, citing CAT/C/CHN/CO/5").andExpect(status().isOk());
		assertThat(auditOf(appealId)).containsSubsequence("appeal.submitted:success", "appeal.changed:denied",
				"appeal.returned:success", "appeal.changed:success");
		String stored = jdbc.queryForObject("select return_comment from appeals where id = ?", String.class, appealId);
		assertThat(stored).startsWith("v1:").doesNotContain("CAT/C/CHN");
	}

	@Test
	void aStaleVersionIsAConflictAndOverwritesNothing() throws Exception {
		String team = newTeam();
		TestUser first = user(team);
		TestUser second = user(team);
		UUID caseId = openCase(first, "Five refugees", "CN");
		UUID appealId = draftAppeal(first, caseId, "Original");
		edit(first, caseId, appealId, 0, "First edit").andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));

		edit(second, caseId, appealId, 0, "Second edit on the old version")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.changes[0]").value("body"))
			.andExpect(jsonPath("$.current.body").value("First edit"));
		mvc.perform(api(get(appealUrl(caseId, appealId)), first))
			.andExpect(jsonPath("$.body").value("First edit"))
			.andExpect(jsonPath("$.version").value(1));
		edit(second, caseId, appealId, null, "No version").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void aReviewerApprovesOnlyTheVersionTheyRead() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		TestUser otherReviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Words the reviewer read");
		submit(author, caseId, appealId, 0).andExpect(status().isOk());
		// Meanwhile another reviewer returns it, the author changes it and submits it again.
		step(otherReviewer, caseId, appealId, "return", 1, "Soften the tone").andExpect(status().isOk());
		edit(author, caseId, appealId, 2, "Words the reviewer never read").andExpect(status().isOk());
		submit(author, caseId, appealId, 3).andExpect(status().isOk());

		step(reviewer, caseId, appealId, "approve", 1)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(4))
			.andExpect(jsonPath("$.current.status").value("IN_REVIEW"));
		assertThat(events.stream(AppealApproved.class)).isEmpty();
	}

	@Test
	void anAppealGoesToReviewOnlyWithItsAsksAndBody() throws Exception {
		TestUser author = user(newTeam());
		UUID caseId = openCase(author, "Five refugees", "CN");
		String id = read(mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), author).content(json.writeValueAsString(Map.of(
				"addressee", "Ministry of Public Security", "language", "zh", "subject", "关于五名难民")))).andExpect(status().isCreated())
			.andReturn()).get("id").asString();
		submit(author, caseId, UUID.fromString(id), 0)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("INCOMPLETE"));
	}

	@Test
	void draftingTakesTheResearcherRoleAndAValidLanguageTag() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), reviewer).content(json.writeValueAsString(Map.of(
				"addressee", "Xi Jinping", "language", "en", "subject", "Subject"))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("CASE_NOT_CHANGEABLE"));
		mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), researcher).content(json.writeValueAsString(Map.of(
				"addressee", "Xi Jinping", "language", "not a tag!", "subject", "Subject"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("language"))
			.andExpect(jsonPath("$.errors[0].reason").value("must be a language tag such as en, zh or ko"));
		mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), researcher).content(json.writeValueAsString(Map.of(
				"addressee", "Xi Jinping", "language", "ZH-hant", "subject", "Subject"))))
			.andExpect(status().isCreated());
		mvc.perform(api(get("/api/cases/" + caseId + "/appeals"), reviewer))
			.andExpect(jsonPath("$[0].language").value("zh-Hant"));
	}

	@Test
	void theProtectedTextIsSealedAtRestAndShownToThoseWhoSeeTheCase() throws Exception {
		String marker = "Zqappeal" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String team = newTeam();
		TestUser author = user(team);
		TestUser colleague = user(team, Role.ADVOCACY);
		UUID caseId = openCase(author, "Five refugees", "CN");
		String id = read(mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), author).content(json.writeValueAsString(Map.of(
				"addressee", "Xi Jinping", "language", "en", "subject", "Subject " + marker, "asks", "Asks " + marker,
				"body", "Body " + marker)))).andExpect(status().isCreated()).andReturn()).get("id").asString();

		Map<String, Object> row = jdbc.queryForMap("select * from appeals where id = ?", UUID.fromString(id));
		assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(marker));
		assertThat(String.valueOf(row.get("body"))).startsWith("v1:");
		Integer inAudit = jdbc.queryForObject("select count(*) from audit_entries where details::text like ?", Integer.class,
				"%" + marker + "%");
		assertThat(inAudit).isZero();

		mvc.perform(api(get("/api/cases/" + caseId + "/appeals/" + id), colleague))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subject").value("Subject " + marker))
			.andExpect(jsonPath("$.asks").value("Asks " + marker))
			.andExpect(jsonPath("$.body").value("Body " + marker))
			.andExpect(jsonPath("$.purged").value(false));
		assertThat(auditOf(UUID.fromString(id))).contains("appeal.viewed:success");
	}

	@Test
	void theAppealsOfAPurgedCaseSayTheirTextIsGone() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Soon unreadable");
		keys.shred(caseId);

		mvc.perform(api(get(appealUrl(caseId, appealId)), author))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.purged").value(true))
			.andExpect(jsonPath("$.body").value(nullValue()))
			.andExpect(jsonPath("$.addressee").value("Xi Jinping, President of the People's Republic of China"));
		mvc.perform(api(get("/api/cases/" + caseId + "/appeals"), author))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].purged").value(true));
		edit(author, caseId, appealId, 0, "New words").andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("CASE_PURGED"));
		mvc.perform(api(post("/api/cases/" + caseId + "/appeals"), author).content(json.writeValueAsString(Map.of(
				"addressee", "Xi Jinping", "language", "en", "subject", "Subject"))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("CASE_PURGED"));
	}

	@Test
	void anAppealOfAnotherCaseIsNotFoundThroughThisCase() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		UUID ownCase = openCase(author, "Own", "CN");
		UUID otherCase = openCase(author, "Other", "CN");
		UUID appealOfOther = draftAppeal(author, otherCase, "Belongs elsewhere");

		mvc.perform(api(get(appealUrl(ownCase, appealOfOther)), author)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		edit(author, ownCase, appealOfOther, 0, "Hijacked").andExpect(status().isNotFound());
		submit(author, ownCase, appealOfOther, 0).andExpect(status().isNotFound());
		mvc.perform(get(appealUrl(ownCase, appealOfOther).substring(4)).session(signIn(author))).andExpect(status().isNotFound());
	}

	@Test
	void theApiDescriptionListsTheAppealRoutes() throws Exception {
		mvc.perform(get("/api/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/cases/{caseId}/appeals'].post").exists())
			.andExpect(jsonPath("$.paths['/api/cases/{caseId}/appeals/{appealId}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/cases/{caseId}/appeals/{appealId}/approve'].post").exists());
	}

	private ResultActions submit(TestUser user, UUID caseId, UUID appealId, long version) throws Exception {
		return step(user, caseId, appealId, "submit", version);
	}

	private ResultActions step(TestUser user, UUID caseId, UUID appealId, String step, long version) throws Exception {
		// An approval is a signature: the approver's password goes with it (an API token has no session to be recent in).
		return mvc.perform(api(post(appealUrl(caseId, appealId) + "/" + step), user)
			.content(json.writeValueAsString(Map.of("version", version, "password", PASSWORD))));
	}

	private ResultActions step(TestUser user, UUID caseId, UUID appealId, String step, long version, String comment)
			throws Exception {
		return mvc.perform(api(post(appealUrl(caseId, appealId) + "/" + step), user)
			.content(json.writeValueAsString(Map.of("version", version, "comment", comment))));
	}

	private ResultActions edit(TestUser user, UUID caseId, UUID appealId, Integer version, String body) throws Exception {
		Map<String, Object> request = new java.util.HashMap<>(Map.of("addressee", "Xi Jinping, President of the People's Republic of China",
				"language", "en", "subject", "Do not return the five refugees", "asks", "That they not be returned", "body", body));
		if (version != null) {
			request.put("version", version);
		}
		return mvc.perform(api(put(appealUrl(caseId, appealId)), user).content(json.writeValueAsString(request)));
	}

	private static String appealUrl(UUID caseId, UUID appealId) {
		return "/api/cases/" + caseId + "/appeals/" + appealId;
	}

	private List<String> auditOf(UUID appealId) {
		return jdbc.queryForList("select action || ':' || outcome from audit_entries where record_type = 'appeal' and record_id = ? order by id",
				String.class, appealId.toString());
	}

}
