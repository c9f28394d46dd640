package org.vigil.platform;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.vigil.support.WebIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ErrorPagesTests extends WebIntegrationTest {

	@Test
	void anUnknownCaseShowsAFriendlyPageWithoutTechnicalDetail() throws Exception {
		mvc.perform(get("/cases/" + UUID.randomUUID()).session(signIn(user(newTeam()))).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no such record, or it has not been shared with you.")))
			.andExpect(content().string(not(containsString("Exception"))))
			.andExpect(content().string(not(containsString("at org."))));
	}

	@Test
	void aMalformedIdIsNotFoundRatherThanAnError() throws Exception {
		mvc.perform(get("/cases/12345").session(signIn(user(newTeam()))).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/cases").session(signIn(user(newTeam()))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void theLoginPageIsInKoreanOnRequest() throws Exception {
		mvc.perform(get("/login").param("lang", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("로그인")));
	}

}
