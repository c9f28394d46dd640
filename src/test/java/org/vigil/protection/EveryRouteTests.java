package org.vigil.protection;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every route outside a case (those inside are covered by the case access tests), for every role,
 * through the pages' session and the API's token: administration answers only administrators,
 * nothing fails with a server error, and nothing answers without credentials except the sign-in
 * pages. Routes come from the application's mappings, so new ones are covered automatically.
 */
class EveryRouteTests extends WebIntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	record Route(HttpMethod method, String pattern) {

		String path() {
			return pattern.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001");
		}

		boolean isApi() {
			return pattern.startsWith("/api/");
		}

		boolean isAdministration() {
			return pattern.startsWith("/admin");
		}

		boolean isPublic() {
			return pattern.equals("/login") || pattern.equals("/setup") || pattern.equals("/error")
					|| pattern.equals("/api/openapi.json") || pattern.startsWith("/v3/api-docs")
					|| pattern.equals("/public") || pattern.startsWith("/public/"); // the public site, for anyone
		}

	}

	private List<Route> routesOutsideCases() {
		List<Route> routes = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.contains("{caseId}") || pattern.equals("/error")) {
					continue; // case routes: CaseAccessTests; /error: the error page itself, reached by forwarding
				}
				var methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
					routes.add(new Route(HttpMethod.valueOf(method.name()), pattern));
				}
			}
		});
		assertThat(routes).extracting(Route::pattern).contains("/cases", "/api/cases", "/admin/users", "/admin/audit");
		return routes;
	}

	@Test
	void everyApiRouteIsServedByARestControllerSoThatItsRefusalsAreProblemsNotPages() {
		List<String> onPageControllers = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			boolean api = info.getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/"));
			if (api && !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class)) {
				onPageControllers.add(info.getPatternValues() + " in " + handler.getBeanType().getSimpleName());
			}
		});
		assertThat(onPageControllers).as("API routes on page controllers answer HTML error pages").isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void eachRoleReachesOnlyWhatItMay(Role role) throws Exception {
		TestUser user = user(newTeam(), role);
		MockHttpSession session = signIn(user);
		for (Route route : routesOutsideCases()) {
			var request = MockMvcRequestBuilders.request(route.method(), route.path());
			int status = route.isApi()
					? mvc.perform(api(request, user).content("{}")).andReturn().getResponse().getStatus()
					: mvc.perform(request.session(session).with(csrf())).andReturn().getResponse().getStatus();
			assertThat(status).as(role + " " + route).isLessThan(500);
			if (route.isAdministration() && role != Role.ADMINISTRATOR) {
				assertThat(status).as(role + " " + route).isEqualTo(403);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(value = RequestMethod.class, names = { "GET", "POST" })
	void withoutCredentialsOnlyTheSignInPagesAnswer(RequestMethod method) throws Exception {
		for (Route route : routesOutsideCases()) {
			if (!route.method().name().equals(method.name()) || route.isPublic()) {
				continue;
			}
			var response = mvc.perform(MockMvcRequestBuilders.request(route.method(), route.path())).andReturn().getResponse();
			if (route.isApi()) {
				assertThat(response.getStatus()).as(route.toString()).isEqualTo(401);
			}
			else {
				assertThat(response.getStatus()).as(route.toString()).isIn(302, 403);
				if (response.getStatus() == 302) {
					assertThat(response.getRedirectedUrl()).as(route.toString()).endsWith("/login");
				}
			}
		}
	}

}
