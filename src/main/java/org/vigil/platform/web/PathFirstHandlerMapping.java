package org.vigil.platform.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * security filters' wrappers. Most mappings fail on the path, so that question comes first, and
 * most fail on its first segments, which each mapping's patterns spell out as plain words
 * ({@code api}, {@code cases}): those are compared before the pattern is matched at all. The
 * mappings that pass are asked everything, as before, so the answer (and a 405 or 406 where there
 * is one) is Spring's own.
 */
final class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

	/** How many leading segments of a pattern are kept as words to compare. */
	private static final int WORDS = 3;

	private static final ThreadLocal<Looked> LOOKED = new ThreadLocal<>();

	/** Each mapping's leading words, one list per pattern; absent when some pattern starts with a variable. */
	private final Map<RequestMappingInfo, List<List<String>>> leadingWords = new ConcurrentHashMap<>();

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		PathPatternsRequestCondition patterns = mapping.getPathPatternsCondition();
		if (patterns == null || patterns.getPatterns().isEmpty()) {
			return;
		}
		List<List<String>> words = new ArrayList<>();
		for (PathPattern pattern : patterns.getPatterns()) {
			List<String> leading = leadingWords(pattern.getPatternString());
			if (leading.isEmpty()) {
				return;
			}
			words.add(leading);
		}
		leadingWords.put(mapping, List.copyOf(words));
	}

	/**
	 * The pattern's first segments that are plain words — letters, digits, {@code . _ ~ -}, nothing
	 * a pattern or an encoding gives a meaning to — up to {@link #WORDS}, stopping at the first that
	 * is not.
	 */
	static List<String> leadingWords(String pattern) {
		List<String> words = new ArrayList<>();
		if (!pattern.startsWith("/")) {
			return words;
		}
		for (String segment : pattern.substring(1).split("/", -1)) {
			if (words.size() == WORDS || segment.isEmpty() || !segment.chars().allMatch(PathFirstHandlerMapping::plain)) {
				break;
			}
			words.add(segment);
		}
		return words;
	}

	private static boolean plain(int c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '~' || c == '-';
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		Looked previous = LOOKED.get();
		LOOKED.set(ServletRequestPathUtils.hasParsedRequestPath(request)
				? Looked.of(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()) : null);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			LOOKED.set(previous);
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		Looked looked = LOOKED.get();
		PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
		if (looked != null && patterns != null && !patterns.getPatterns().isEmpty()) {
			List<List<String>> words = leadingWords.get(info);
			if (words != null && !looked.startsWithAny(words) || !matchesAny(patterns, looked.path)) {
				return null;
			}
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

	/** The request's path and its first segments, decoded, as a pattern's words are compared with them. */
	record Looked(PathContainer path, List<String> segments) {

		static Looked of(PathContainer path) {
			List<String> segments = new ArrayList<>(WORDS);
			for (PathContainer.Element element : path.elements()) {
				if (segments.size() == WORDS) {
					break;
				}
				if (element instanceof PathContainer.PathSegment segment) {
					segments.add(segment.valueToMatch());
				}
			}
			return new Looked(path, segments);
		}

		/** Whether some pattern's words are this path's first segments: if none is, no pattern of the mapping can match. */
		boolean startsWithAny(List<List<String>> words) {
			for (List<String> leading : words) {
				if (leading.size() <= segments.size() && leading.equals(segments.subList(0, leading.size()))) {
					return true;
				}
			}
			return false;
		}

	}

}
