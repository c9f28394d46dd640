package org.vigil.platform.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsUtils;
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
 * mappings that pass are asked everything, as before.
 *
 * <p>Beyond that, Spring would still go through every mapping there is for each request; the
 * mappings are therefore also filed by their first one or two words, and a request is compared
 * with those filed under its own first segments and those with no leading word. Spring's order
 * is kept — the mappings of the request's exact path first, the others only when none of those
 * matches — and so is its choice among several matches. Whatever this lookup does not settle
 * itself is left to Spring's own, which sees every mapping: no match at all (so the 404, 405 or
 * 406 is Spring's), two equally good matches, a CORS preflight, mappings added after start-up.
 */
final class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

	/** How many leading segments of a pattern are kept as words to compare. */
	private static final int WORDS = 3;

	private static final ThreadLocal<Looked> LOOKED = new ThreadLocal<>();

	/** Each mapping's leading words, one list per pattern; absent when some pattern starts with a variable. */
	private final Map<RequestMappingInfo, List<List<String>>> leadingWords = new ConcurrentHashMap<>();

	/** The mappings filed as this lookup reads them, once they are all known; none while Spring's own lookup is to be used. */
	private volatile Filed filed;

	@Override
	protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
		super.handlerMethodsInitialized(handlerMethods);
		Map<String, List<RequestMappingInfo>> byPath = new HashMap<>();
		Map<String, List<RequestMappingInfo>> byWords = new HashMap<>();
		List<RequestMappingInfo> unworded = new ArrayList<>();
		for (RequestMappingInfo info : handlerMethods.keySet()) {
			for (String path : getDirectPaths(info)) {
				byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(info);
			}
			List<List<String>> words = leadingWords.get(info);
			if (words == null) {
				unworded.add(info);
				continue;
			}
			for (List<String> leading : words) {
				List<RequestMappingInfo> filedUnder = byWords.computeIfAbsent(key(leading), k -> new ArrayList<>());
				if (!filedUnder.contains(info)) {
					filedUnder.add(info);
				}
			}
		}
		filed = new Filed(Map.copyOf(handlerMethods), Map.copyOf(byPath), Map.copyOf(byWords), List.copyOf(unworded));
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		filed = null;
		super.registerMapping(mapping, handler, method);
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		filed = null;
		super.unregisterMapping(mapping);
	}

	/** The key a mapping is filed under: its first two words, or its only one. */
	private static String key(List<String> words) {
		return words.size() == 1 ? words.get(0) : words.get(0) + "/" + words.get(1);
	}

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
		return lookup(lookupPath, request, filed);
	}

	/** What this lookup settles itself, among the filed mappings: null where it leaves the request to Spring's. */
	HandlerMethod lookupAmongFiledMappings(String lookupPath, HttpServletRequest request) throws Exception {
		Filed mappings = filed;
		if (mappings == null) {
			return null;
		}
		Looked previous = LOOKED.get();
		LOOKED.set(Looked.of(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()));
		try {
			return lookedUp(mappings, lookupPath, request);
		}
		finally {
			LOOKED.set(previous);
		}
	}

	/** What Spring's own lookup, going through every mapping, answers: what this one must answer too. */
	HandlerMethod lookupThroughEveryMapping(String lookupPath, HttpServletRequest request) throws Exception {
		return lookup(lookupPath, request, null);
	}

	private HandlerMethod lookup(String lookupPath, HttpServletRequest request, Filed mappings) throws Exception {
		Looked previous = LOOKED.get();
		LOOKED.set(ServletRequestPathUtils.hasParsedRequestPath(request)
				? Looked.of(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()) : null);
		try {
			HandlerMethod found = mappings == null ? null : lookedUp(mappings, lookupPath, request);
			return found != null ? found : super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			LOOKED.set(previous);
		}
	}

	/** The handler among the mappings filed under the request's path or first segments, or null to leave the request to Spring. */
	private HandlerMethod lookedUp(Filed mappings, String lookupPath, HttpServletRequest request) {
		Looked looked = LOOKED.get();
		if (looked == null || CorsUtils.isPreFlightRequest(request)) {
			return null;
		}
		List<Match> matches = matching(mappings.byPath.getOrDefault(lookupPath, List.of()), request);
		if (matches.isEmpty()) {
			matches = matching(mappings.candidates(looked.segments), request);
		}
		if (matches.isEmpty()) {
			return null;
		}
		Match best = matches.get(0);
		if (matches.size() > 1) {
			Comparator<RequestMappingInfo> order = getMappingComparator(request);
			matches.sort((a, b) -> order.compare(a.matched, b.matched));
			best = matches.get(0);
			if (order.compare(best.matched, matches.get(1).matched) == 0) {
				return null;
			}
		}
		HandlerMethod handler = mappings.handlers.get(best.registered);
		if (handler == null) {
			return null;
		}
		request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
		handleMatch(best.matched, lookupPath, request);
		return handler;
	}

	/** The mappings among these that match the request, each with what it matched as (its conditions narrowed to the request). */
	private List<Match> matching(List<RequestMappingInfo> mappings, HttpServletRequest request) {
		List<Match> matches = new ArrayList<>(2);
		for (RequestMappingInfo registered : mappings) {
			RequestMappingInfo matched = getMatchingMapping(registered, request);
			if (matched != null) {
				matches.add(new Match(registered, matched));
			}
		}
		return matches;
	}

	private record Match(RequestMappingInfo registered, RequestMappingInfo matched) {
	}

	/** Every mapping with its handler, filed by exact path and by leading words, and those with no leading word. */
	private record Filed(Map<RequestMappingInfo, HandlerMethod> handlers, Map<String, List<RequestMappingInfo>> byPath,
			Map<String, List<RequestMappingInfo>> byWords, List<RequestMappingInfo> unworded) {

		/** Those that could match a path with these first segments: filed under its first one or two, or with no word at all. */
		List<RequestMappingInfo> candidates(List<String> segments) {
			List<RequestMappingInfo> one = segments.isEmpty() ? List.of() : byWords.getOrDefault(segments.get(0), List.of());
			List<RequestMappingInfo> two = segments.size() < 2 ? List.of()
					: byWords.getOrDefault(segments.get(0) + "/" + segments.get(1), List.of());
			List<RequestMappingInfo> candidates = new ArrayList<>(one.size() + two.size() + unworded.size());
			candidates.addAll(two);
			for (RequestMappingInfo info : one) {
				if (two.isEmpty() || !two.contains(info)) {
					candidates.add(info);
				}
			}
			candidates.addAll(unworded);
			return candidates;
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
