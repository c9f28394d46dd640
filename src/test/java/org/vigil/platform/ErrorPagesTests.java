package org.vigil.platform;

import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
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
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
			.andExpect(header().string("Permissions-Policy", containsString("geolocation=()")))
			.andExpect(header().string("Cross-Origin-Opener-Policy", "same-origin"));
	}

	@Test
	void styleSheetsAndScriptsMayBeCachedWhilePagesAreNot() throws Exception {
		for (String asset : new String[] { "/css/vigil.css", "/js/passkeys.js" }) {
			mvc.perform(get(asset))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", containsString("max-age=3600")))
				.andExpect(header().string("Cache-Control", not(containsString("no-store"))));
		}
		mvc.perform(get("/login")).andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void aRefusalOutsideTheControllersShowsTheFriendlyPageWhateverTheBrowserAccepts() throws Exception {
		// What the container forwards to when Spring Security refuses a non-administrator /admin/users.
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/users").accept(MediaType.ALL))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Your role does not allow this.")));
	}

	@Test
	void aNonAdministratorIsRefusedTheAdministrationPages() throws Exception {
		mvc.perform(get("/admin/users").session(signIn(user(newTeam()))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRequestForTheErrorPageItselfIsNotFound() throws Exception {
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no such record")));
		mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound());
	}

	@Test
	void theLoginPageIsInKoreanOnRequest() throws Exception {
		mvc.perform(get("/login").param("lang", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("로그인")));
	}

}
