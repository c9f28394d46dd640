package org.vigil.cases.internal;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.vigil.accounts.CurrentViewer;
import org.vigil.platform.NotFoundException;

/**
 * Answers "not found" for every route under a case the viewer may not see, before the request
 * body is even read, so that no answer (not even a validation error) reveals that the case exists.
 * Controllers check again; this is the guard that also covers routes added later.
 */
@Component
class CaseVisibilityInterceptor implements HandlerInterceptor {

	static final String[] PATHS = { "/cases/{caseId}/**", "/cases/{caseId}", "/api/cases/{caseId}/**", "/api/cases/{caseId}" };

	private final CaseAccess access;

	private final CurrentViewer viewers;

	private final CaseAudit audit;

	CaseVisibilityInterceptor(CaseAccess access, CurrentViewer viewers, CaseAudit audit) {
		this.access = access;
		this.viewers = viewers;
		this.audit = audit;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String caseId = variables == null ? null : variables.get("caseId");
		if (caseId == null) {
			return true;
		}
		UUID id;
		try {
			id = UUID.fromString(caseId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Case");
		}
		var viewer = viewers.find().orElseThrow(() -> new NotFoundException("Case"));
		try {
			access.visible(viewer, id);
		}
		catch (NotFoundException notVisible) {
			audit.denied(viewer, "case.denied", id, request.getMethod() + " " + request.getRequestURI());
			throw notVisible;
		}
		return true;
	}

}
