package org.vigil.accounts.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vigil.platform.web.ProblemWriter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer vgl_…}. The authentication
 * lasts for the request only; no session is created. A wrong or revoked token is refused at once
 * rather than falling back to the session.
 */
final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final ProblemWriter problems;

	ApiTokenAuthenticationFilter(ApiTokens tokens, ProblemWriter problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	/** Refuses a request for want of valid credentials, saying that a bearer token would do. */
	static void unauthorized(ProblemWriter problems, HttpServletRequest request, HttpServletResponse response, String detail)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		problems.write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
	}

	static boolean carriesBearerToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesBearerToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
		var holder = tokens.holderOf(secret);
		if (holder.isEmpty()) {
			unauthorized(problems, request, response,
					"The API token is unknown or revoked. Issue a new one with 'java -jar vigil.jar admin issue-token --username NAME'.");
			return;
		}
		VigilPrincipal principal = VigilPrincipal.ofTokenHolder(holder.get().viewer(), holder.get().locked());
		// Roles and teams were read just now, in the same statement as the token: the request's viewer is known.
		SessionViewer.remember(request, holder.get().viewer());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		// The token is the request's factor: an operator issued it to this user, and holding it proves possession.
		java.util.List<org.springframework.security.core.GrantedAuthority> authorities = new java.util.ArrayList<>(principal.getAuthorities());
		authorities.add(org.springframework.security.core.authority.FactorGrantedAuthority.fromAuthority(SignInFactors.BEARER));
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
