package org.vigil.accounts.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.vigil.accounts.Role;

/**
 * Deny by default. Two filter chains: the JSON API (session or bearer token, problem-detail
 * refusals) and the web pages (form login, redirects). Both set the same security headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/**
	 * Content-Security-Policy for every response: scripts and styles only from Vigil itself, no
	 * inline script, never framed.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AccountService accounts, ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/openapi.json").permitAll()
				.anyRequest().authenticated())
			.addFilterBefore(new ApiTokenAuthenticationFilter(accounts, problems), UsernamePasswordAuthenticationFilter.class)
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::withoutAmbientCredentials))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.unauthorized(request, response,
						"Sign in, or send a personal API token as 'Authorization: Bearer …'."))
				.accessDeniedHandler((request, response, ex) -> problems.forbidden(request, response,
						"This request is not allowed: for a change through the session, send the CSRF token; otherwise your role does not permit it.")));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/setup", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
						"/actuator/health")
				.permitAll()
				.requestMatchers("/admin/**").hasRole(Role.ADMINISTRATOR.name())
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/cases", true).failureUrl("/login?error").permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.deleteCookies("JSESSIONID"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		headers(http);
		return http.build();
	}

	/**
	 * CSRF protects requests that a browser authenticates by itself, with the session cookie. A
	 * request with a bearer token, or with no session cookie at all, carries no such ambient
	 * authority; such a request without credentials is then refused as unauthenticated (401).
	 */
	static boolean withoutAmbientCredentials(jakarta.servlet.http.HttpServletRequest request) {
		return ApiTokenAuthenticationFilter.carriesBearerToken(request) || request.getRequestedSessionId() == null;
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
	}

}
