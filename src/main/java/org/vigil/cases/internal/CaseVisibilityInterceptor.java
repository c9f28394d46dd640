package org.vigil.cases.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Answers "not found" for every route under a case the viewer may not see, before the request
 * body is even read, so that no answer (not even a validation error) reveals that the case exists.
 * The standing it checks stays with the request ({@link CaseStandings}): controllers receive it
 * instead of asking again, and routes added later are covered without doing anything.
 */
@Component
class CaseVisibilityInterceptor implements HandlerInterceptor {

	static final String[] PATHS = { "/cases/{caseId}/**", "/cases/{caseId}", "/api/cases/{caseId}/**", "/api/cases/{caseId}" };

	private final CaseStandings standings;

	CaseVisibilityInterceptor(CaseStandings standings) {
		this.standings = standings;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (CaseStandings.namesACase(request)) {
			standings.of(request);
		}
		return true;
	}

}
