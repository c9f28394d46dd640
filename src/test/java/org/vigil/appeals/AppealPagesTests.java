package org.vigil.appeals;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;
import org.vigil.vault.CaseKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The appeal pages: what each person is offered, and what they are told when a step is refused. */
class AppealPagesTests extends WebIntegrationTest {

	@Autowired
	private CaseKeys keys;

	@Test
	void theCasePageLoadsItsAppealsAndAResearcherIsOfferedToDraftOne() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		draftAppeal(researcher, caseId, "Your Excellency");
		MockHttpSession session = signIn(researcher);

		mvc.perform(get("/cases/" + caseId).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"/cases/" + caseId + "/appeals\"")));
		mvc.perform(get("/cases/" + caseId + "/appeals").session(session).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("Do not return the five refugees")))
			.andExpect(content().string(containsString("Xi Jinping, President of the People&#39;s Republic of China")))
			.andExpect(content().string(containsString(">Draft<")))
			.andExpect(content().string(containsString("/cases/" + caseId + "/appeals/new")));
		// A reviewer reads the list but is not offered drafting.
		mvc.perform(get("/cases/" + caseId + "/appeals").session(signIn(user(team, Role.REVIEWER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Do not return the five refugees")))
			.andExpect(content().string(not(containsString("/appeals/new"))));
	}

	@Test
	void aResearcherDraftsEditsAndSubmitsThroughThePages() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		MockHttpSession session = signIn(researcher);
		mvc.perform(get("/cases/" + caseId + "/appeals/new").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"subject\"")));

		MvcResult drafted = mvc.perform(post("/cases/" + caseId + "/appeals/new").session(session).with(csrf())
				.param("addressee", "习近平 中华人民共和国主席").param("language", "zh").param("subject", "关于五名朝鲜难民")
				.param("asks", "不要遣返").param("body", "尊敬的主席"))
			.andExpect(redirectedUrlPattern("/cases/" + caseId + "/appeals/*"))
			.andExpect(flash().attribute("done", "appeal.saved"))
			.andReturn();
		String page = drafted.getResponse().getRedirectedUrl();
		mvc.perform(get(page).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("关于五名朝鲜难民")))
			.andExpect(content().string(containsString("Chinese (zh)")))
			.andExpect(content().string(containsString("Submit for review")))
			.andExpect(content().string(not(containsString(">Approve<"))));

		mvc.perform(post(page).session(session).with(csrf()).param("version", "0").param("addressee", "习近平")
				.param("language", "zh").param("subject", "关于五名朝鲜难民").param("asks", "不要遣返").param("body", "尊敬的习主席"))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/submit").session(session).with(csrf()).param("version", "1"))
			.andExpect(flash().attribute("done", "appeal.submitted"));
		mvc.perform(get(page).session(session))
			.andExpect(content().string(containsString("In review")))
			.andExpect(content().string(containsString("尊敬的习主席")))
			.andExpect(content().string(not(containsString("name=\"body\""))));
	}

	@Test
	void theAuthorWhoIsAlsoAReviewerIsToldThatASecondPersonMustApprove() throws Exception {
		String team = newTeam();
		TestUser author = user(team, Role.RESEARCHER, Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Your Excellency");
		MockHttpSession session = signIn(author);
		String page = "/cases/" + caseId + "/appeals/" + appealId;
		mvc.perform(post(page + "/submit").session(session).with(csrf()).param("version", "0"));

		mvc.perform(get(page).session(session))
			.andExpect(content().string(containsString("another reviewer of the team must")))
			.andExpect(content().string(not(containsString("/approve"))));
		mvc.perform(post(page + "/approve").session(session).with(csrf()).param("version", "1"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("a second reviewer of the team must. Nothing was approved.")));
	}

	@Test
	void aReviewerWhoseLastPasswordCheckIsOldSignsTheApprovalWithThePassword() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Your Excellency");
		String page = "/cases/" + caseId + "/appeals/" + appealId;
		mvc.perform(post(page + "/submit").session(signIn(author)).with(csrf()).param("version", "0"));
		MockHttpSession session = signIn(reviewer);
		// Signed in a while ago: the page asks for the password with the approval.
		session.setAttribute("org.vigil.accounts.internal.PasswordReauthentication.lastCheck",
				java.time.Instant.now().minus(java.time.Duration.ofMinutes(20)));
		mvc.perform(get(page).session(session)).andExpect(content().string(containsString("id=\"approve-password\"")));
		mvc.perform(post(page + "/approve").session(session).with(csrf()).param("version", "1"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("give your current password. Nothing was approved.")));
		mvc.perform(post(page + "/approve").session(session).with(csrf()).param("version", "1").param("password", PASSWORD))
			.andExpect(flash().attribute("done", "appeal.approved"));
	}

	@Test
	void aSecondReviewerApprovesOrReturnsWithAComment() throws Exception {
		String team = newTeam();
		TestUser author = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(author, "Five refugees", "CN");
		UUID appealId = draftAppeal(author, caseId, "Your Excellency");
		String page = "/cases/" + caseId + "/appeals/" + appealId;
		mvc.perform(post(page + "/submit").session(signIn(author)).with(csrf()).param("version", "0"));
		MockHttpSession session = signIn(reviewer);
		mvc.perform(get(page).session(session))
			.andExpect(content().string(containsString(page + "/approve")))
			.andExpect(content().string(containsString(page + "/return")));

		mvc.perform(post(page + "/return").session(session).with(csrf()).param("version", "1").param("comment", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say what should change")));
		mvc.perform(post(page + "/return").session(session).with(csrf()).param("version", "1")
				.param("comment", "Add the 2014 Commission of Inquiry"))
			.andExpect(flash().attribute("done", "appeal.returned"));
		mvc.perform(get(page).session(signIn(author)))
			.andExpect(content().string(containsString("Add the 2014 Commission of Inquiry")))
			.andExpect(content().string(containsString("name=\"body\"")));

		mvc.perform(post(page + "/submit").session(signIn(author)).with(csrf()).param("version", "2"));
		mvc.perform(post(page + "/approve").session(session).with(csrf()).param("version", "3"))
			.andExpect(flash().attribute("done", "appeal.approved"));
		mvc.perform(get(page).session(session))
			.andExpect(content().string(containsString(">Approved<")))
			.andExpect(content().string(not(containsString(page + "/approve"))));
	}

	@Test
	void aStaleSaveKeepsTheUsersInputAndShowsWhatIsSavedNow() throws Exception {
		String team = newTeam();
		TestUser first = user(team);
		TestUser second = user(team);
		UUID caseId = openCase(first, "Five refugees", "CN");
		UUID appealId = draftAppeal(first, caseId, "Original");
		String page = "/cases/" + caseId + "/appeals/" + appealId;
		mvc.perform(post(page).session(signIn(first)).with(csrf()).param("version", "0").param("addressee", "Xi Jinping")
				.param("language", "en").param("subject", "Subject").param("body", "Saved first"))
			.andExpect(redirectedUrl(page));

		mvc.perform(post(page).session(signIn(second)).with(csrf()).param("version", "0").param("addressee", "Xi Jinping")
				.param("language", "en").param("subject", "Subject").param("body", "Typed on the old version"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this appeal")))
			.andExpect(content().string(containsString("Saved first")))
			.andExpect(content().string(containsString("Typed on the old version")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(jdbc.queryForObject("select version from appeals where id = ?", Long.class, appealId)).isEqualTo(1L);
	}

	@Test
	void withoutTheResearcherRoleTheDraftPageSaysWhy() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		mvc.perform(get("/cases/" + caseId + "/appeals/new").session(signIn(user(team, Role.REVIEWER))))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("takes the researcher role")))
			.andExpect(content().string(not(containsString("name=\"subject\""))));
	}

	@Test
	void anAppealOfAPurgedCaseShowsThatItsTextIsGone() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Five refugees", "CN");
		UUID appealId = draftAppeal(researcher, caseId, "Soon unreadable");
		keys.shred(caseId);
		MockHttpSession session = signIn(researcher);

		mvc.perform(get("/cases/" + caseId + "/appeals/" + appealId).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("its key, which is destroyed")))
			.andExpect(content().string(not(containsString("Soon unreadable"))))
			.andExpect(content().string(not(containsString("name=\"body\""))));
		mvc.perform(get("/cases/" + caseId + "/appeals").session(session).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("[purged]")))
			.andExpect(content().string(not(containsString("/appeals/new"))));
	}

}
