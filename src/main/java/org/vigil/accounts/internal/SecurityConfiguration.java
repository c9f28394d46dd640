package org.vigil.accounts.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.http.HttpStatus;
import org.vigil.accounts.Role;
import org.vigil.audit.AuditLog;
import org.vigil.platform.api.PublicApiPaths;
import org.vigil.platform.web.ProblemWriter;

/**
 * Deny by default. Two filter chains: the JSON API (session or bearer token, problem-detail
 * refusals) and the web pages (form login, redirects). Both set the same security headers. A third,
 * before them, opens the public site ({@code /public/**}) to anyone, without a session.
 *
 * <p>Signing in takes two factors. The password alone reaches only the second-factor pages; every
 * other page and API call needs {@code FACTOR_PASSWORD} and {@link SignInFactors#TOTP} or
 * {@link SignInFactors#WEBAUTHN} (the user's own passkey), or, for the API, an operator-issued
 * bearer token. Administration pages need a sign-in completed with the administrator's passkey
 * (see {@link PasskeyRule}). Both chains end sessions revoked by an administrator.
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

	/** A browser sign-in is complete with the password and a code (Spring Security's multi-factor rules)... */
	private static final AuthorizationManager<RequestAuthorizationContext> PASSWORD_AND_CODE = AllRequiredFactorsAuthorizationManager
		.<RequestAuthorizationContext>builder()
		.requireFactor(factor -> factor.passwordAuthority())
		.requireFactor(factor -> factor.authority(SignInFactors.TOTP))
		.build();

	/** ... or with the password and the user's own passkey. */
	private static final AuthorizationManager<RequestAuthorizationContext> PASSWORD_AND_PASSKEY = AllRequiredFactorsAuthorizationManager
		.<RequestAuthorizationContext>builder()
		.requireFactor(factor -> factor.passwordAuthority())
		.requireFactor(factor -> factor.webauthnAuthority())
		.build();

	private static final AuthorizationManager<RequestAuthorizationContext> BOTH_FACTORS = AuthorizationManagers
		.anyOf(PASSWORD_AND_CODE, PASSWORD_AND_PASSKEY);

	/** The password alone: enough only for the second-factor pages themselves. */
	private static final AuthorizationManager<RequestAuthorizationContext> PASSWORD_ONLY = AllRequiredFactorsAuthorizationManager
		.<RequestAuthorizationContext>builder()
		.requireFactor(factor -> factor.passwordAuthority())
		.build();

	/** An operator-issued API token is a possession factor of its own. */
	private static final AuthorizationManager<RequestAuthorizationContext> API_TOKEN = AllRequiredFactorsAuthorizationManager
		.<RequestAuthorizationContext>builder()
		.requireFactor(factor -> factor.bearerTokenAuthority())
		.build();

	/**
	 * Content-Security-Policy of the public site: its own style sheet and fonts and nothing else, no
	 * script at all, never framed.
	 */
	static final String PUBLIC_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; "
			+ "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * No Micrometer observation around each filter of the chains: Vigil exports no traces, and
	 * wrapping every one of the chains' filters in an observation was a fifth of the processor time of
	 * a plain API request (JFR profile of {@code GET /api/cases/{id}}, docs/benchmarks.md). Requests
	 * are still timed as a whole ({@code http.server.requests}).
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The public site ({@code /public/**}, the publishing module's pages, feeds and JSON): open to
	 * anyone, stateless — no session, no CSRF token, no request kept for after a sign-in — so that it
	 * sets no cookie and shares nothing with the signed-in site. Its answers are cacheable: they carry
	 * their own {@code Cache-Control} and {@code ETag}.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/public/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.headers(headers -> headers
				.cacheControl(cache -> cache.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(PUBLIC_CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
				.crossOriginOpenerPolicy(opener -> opener
					.policy(CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, Sessions sessions, ApiTokens tokens, ProblemWriter problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(PublicApiPaths.PATTERNS.toArray(String[]::new)).permitAll()
				.anyRequest().access(AuthorizationManagers.anyOf(API_TOKEN, BOTH_FACTORS)))
			.addFilterAfter(new RevokedSessionFilter(sessions), SecurityContextHolderFilter.class)
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::withoutAmbientCredentials))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			// The API never starts a session: a refused request is not kept to be replayed after a
			// sign-in (that is what made a 401 carry a new session cookie), and a token is for one request.
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> ApiTokenAuthenticationFilter.unauthorized(problems, request, response,
						"Sign in, or send a personal API token as 'Authorization: Bearer …'."))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN, "Forbidden",
						"This request is not allowed: for a change through the session, send the CSRF token; otherwise your role does not permit it.")));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, Sessions sessions, Passkeys passkeys,
			UserDetailsService users, AuditLog audit) throws Exception {
		PasskeySecondStep passkeySecondStep = new PasskeySecondStep(passkeys, users, audit);
		http.setSharedObject(PublicKeyCredentialUserEntityRepository.class, passkeys.userEntities());
		http.setSharedObject(UserCredentialRepository.class, passkeys.credentials());
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/setup", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
						"/actuator/health")
				.permitAll()
				.requestMatchers("/second-factor", "/second-factor/**").access(PASSWORD_ONLY)
				.requestMatchers("/admin/**")
				.access(AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasRole(Role.ADMINISTRATOR.name()), PASSWORD_AND_PASSKEY))
				.anyRequest().access(BOTH_FACTORS))
			.addFilterAfter(new RevokedSessionFilter(sessions), SecurityContextHolderFilter.class)
			.addFilterAfter(SecurityConfiguration::refuseUnconfirmedPasskeyRemoval, RevokedSessionFilter.class)
			// After the password, always the second-factor page (which sends newcomers on to enrolment).
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/second-factor", true).failureUrl("/login?error").permitAll())
			// Passkeys (WebAuthn) through Spring Security: registration for a signed-in user on our own
			// page, and /login/webauthn as the second step only (see PasskeySecondStep). The relying
			// party (id, allowed origins) is the WebAuthnRelyingPartyOperations bean below.
			.webAuthn(webauthn -> webauthn.disableDefaultRegistrationPage(true)
				.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
					@Override
					public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
						passkeySecondStep.install(filter);
						return filter;
					}
				}))
			.exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> finishSigningInFirst(request,
					response, denied, passkeys)))
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler(new HeaderWriterLogoutHandler(CLEAR_SITE_DATA))
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.deleteCookies("JSESSIONID"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		headers(http);
		return http.build();
	}

	/**
	 * A passkey is removed only on the Passkeys page, with the password and an audit entry; Spring's
	 * own {@code DELETE /webauthn/register/{id}} would remove it with neither, so it is refused.
	 */
	private static void refuseUnconfirmedPasskeyRemoval(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
			jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
		HttpServletRequest http = (HttpServletRequest) request;
		if ("DELETE".equals(http.getMethod())
				&& http.getRequestURI().substring(http.getContextPath().length()).startsWith("/webauthn/register/")) {
			((HttpServletResponse) response).sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
					"Remove a passkey on the Passkeys page, with your password.");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Signing out tells the browser to drop what it kept of Vigil: cached pages, cookies and
	 * storage. Spring's own writer only speaks over HTTPS; browsers honour the header on any secure
	 * context, which includes http://localhost, so Vigil always sends it.
	 */
	private static final HeaderWriter CLEAR_SITE_DATA = (request, response) -> response.setHeader("Clear-Site-Data",
			"\"cache\", \"cookies\", \"storage\"");

	/** Spring Security's WebAuthn filters use this relying party: see {@link Passkeys}. */
	@Bean
	WebAuthnRelyingPartyOperations passkeyRelyingParty(Passkeys passkeys) {
		return passkeys.relyingParty();
	}

	/**
	 * A refusal while the second factor is still owed is not a lack of permission: the user is sent
	 * to finish signing in; an administrator without a passkey is sent to register one, and one
	 * whose session was completed without it (a recovery code) to confirm with it. Other refusals
	 * get the usual "forbidden" page.
	 */
	private static void finishSigningInFirst(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.access.AccessDeniedException denied, Passkeys passkeys)
			throws java.io.IOException, jakarta.servlet.ServletException {
		org.springframework.security.core.Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (SignInFactors.awaitsSecondFactor(authentication)) {
			response.sendRedirect(request.getContextPath() + "/second-factor");
			return;
		}
		if (authentication != null && authentication.getPrincipal() instanceof VigilPrincipal user
				&& SignInFactors.has(authentication, Role.ADMINISTRATOR.authority())
				&& !SignInFactors.has(authentication, SignInFactors.WEBAUTHN)) {
			if (!passkeys.registered(user.getUsername())) {
				response.sendRedirect(request.getContextPath() + "/passkeys?required");
			}
			else {
				// Back to the page that was asked for, with its query: what the administrator was doing.
				String next = "GET".equals(request.getMethod()) ? request.getRequestURI().substring(request.getContextPath().length())
						+ (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : "/admin/users";
				response.sendRedirect(request.getContextPath() + "/second-factor/passkey?next="
						+ java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
			}
			return;
		}
		new AccessDeniedHandlerImpl().handle(request, response, denied);
	}

	/**
	 * CSRF protects requests that a browser authenticates by itself, with the session cookie. A
	 * request with a bearer token, or with no session cookie at all, carries no such ambient
	 * authority; such a request without credentials is then refused as unauthenticated (401).
	 */
	static boolean withoutAmbientCredentials(jakarta.servlet.http.HttpServletRequest request) {
		return ApiTokenAuthenticationFilter.carriesBearerToken(request) || request.getSession(false) == null;
	}

	/**
	 * Powerful browser features Vigil never uses, switched off for its pages and anything that
	 * might run inside them; passkeys (WebAuthn) stay allowed for Vigil's own pages.
	 */
	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), midi=(), payment=(), screen-wake-lock=(), serial=(), usb=(), "
			+ "publickey-credentials-create=(self), publickey-credentials-get=(self)";

	/**
	 * The security headers of every answer. Pages and the API are {@code no-store} (Spring Security's
	 * default); static assets (style sheets, scripts, WebJars) carry their own {@code Cache-Control}
	 * from {@code spring.web.resources.cache.*}, which Spring Security then leaves alone: they hold
	 * nothing protected. A window Vigil opens or is opened from shares no browsing context with other
	 * sites (Cross-Origin-Opener-Policy), so that another site cannot reach into it.
	 */
	private static void headers(HttpSecurity http) throws Exception {
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			.crossOriginOpenerPolicy(opener -> opener
				.policy(CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN)));
	}

}
