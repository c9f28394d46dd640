package org.vigil.cases.internal;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.NotFoundException;

/**
 * The viewer's standing on the case a request names by {@code {caseId}}: asked of the
 * {@link CaseDirectory} once, kept with the request, and handed to every controller method that
 * declares a {@link CaseStanding} parameter. A case the viewer may not see answers "not found",
 * and the refused access is audited.
 */
@Component
class CaseStandings {

	private static final String ATTRIBUTE = CaseStanding.class.getName();

	private final CaseDirectory directory;

	private final CurrentViewer viewers;

	private final CaseAudit audit;

	CaseStandings(CaseDirectory directory, CurrentViewer viewers, CaseAudit audit) {
		this.directory = directory;
		this.viewers = viewers;
		this.audit = audit;
	}

	/** Whether the request's route names a case. */
	static boolean namesACase(HttpServletRequest request) {
		return caseIdOf(request) != null;
	}

	/** @throws NotFoundException when the route names no case, or one the viewer may not see */
	CaseStanding of(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof CaseStanding checked) {
			return checked;
		}
		String caseId = caseIdOf(request);
		if (caseId == null) {
			throw new IllegalStateException("A case standing was asked for on a route without {caseId}: " + request.getRequestURI());
		}
		UUID id;
		try {
			id = UUID.fromString(caseId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Case");
		}
		Viewer viewer = viewers.find().orElseThrow(() -> new NotFoundException("Case"));
		CaseStanding standing;
		try {
			standing = directory.standing(viewer, id);
		}
		catch (NotFoundException notVisible) {
			audit.denied(viewer, "case.denied", id, request.getMethod() + " " + request.getRequestURI());
			throw notVisible;
		}
		request.setAttribute(ATTRIBUTE, standing);
		return standing;
	}

	private static String caseIdOf(HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return variables == null ? null : variables.get("caseId");
	}

}
