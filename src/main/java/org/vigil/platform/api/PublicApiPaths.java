package org.vigil.platform.api;

import java.util.List;

import org.springframework.util.AntPathMatcher;

/**
 * The API paths that answer without credentials. The security configuration lets exactly these
 * through, and the API description marks exactly these as needing no token: one list, so the two
 * never disagree.
 */
public final class PublicApiPaths {

	/** Path patterns, in Spring's Ant style. */
	public static final List<String> PATTERNS = List.of("/api/openapi.json", "/public/api/**");

	private static final AntPathMatcher MATCHER = new AntPathMatcher();

	private PublicApiPaths() {
	}

	/** Whether a path (or a path template such as {@code /api/cases/{caseId}}) answers without credentials. */
	public static boolean isPublic(String path) {
		return PATTERNS.stream().anyMatch(pattern -> MATCHER.match(pattern, path));
	}

}
