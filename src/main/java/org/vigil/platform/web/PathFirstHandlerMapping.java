package org.vigil.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's lookup of the controller method for a request, asking each mapping for its path
 * before anything else. A path with a variable in it ({@code /api/cases/{caseId}/…}, nearly every
 * route here) is compared with every mapping there is, and Spring asks a mapping for its HTTP
 * method, media types and headers before its path: each of those reads the request through the
 * security filters' wrappers. Most mappings fail on the path, which costs a comparison of strings,
 * so that question comes first; the mappings that pass are asked everything, as before, so the
 * answer (and a 405 or 406 where there is one) is Spring's own.
 */
final class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

	private static final ThreadLocal<PathContainer> PATH = new ThreadLocal<>();

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		PathContainer previous = PATH.get();
		PATH.set(ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication() : null);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			PATH.set(previous);
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		PathContainer path = PATH.get();
		PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
		if (path != null && patterns != null && !patterns.getPatterns().isEmpty() && !matchesAny(patterns, path)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	private static boolean matchesAny(PathPatternsRequestCondition patterns, PathContainer path) {
		for (PathPattern pattern : patterns.getPatterns()) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

}
