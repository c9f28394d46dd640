package org.vigil.platform;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every route of the route list — pages and API, the same list the access tests use — receives
 * each class of bad input: control characters, lone surrogates, over-long text, numbers, dates and
 * lists out of range, values of the wrong type, fields given twice or missing, bodies that are not
 * JSON or not of the right content type, traversal in ids and file names. Nothing answers 5xx, and
 * the API answers a 400 with a problem that names the field it was given. What each route reads —
 * its JSON body's fields, its parameters, its form's fields, an uploaded file — is found by
 * reflection on its handler, so a new route, field or parameter is covered without editing this
 * test.
 * <p>
 * {@code mvn test} sends the first bad value of each class; the {@code exhaustive} profile
 * ({@code -Pexhaustive}, which {@code .ci/run} uses) sends every one. The test prints how many
 * requests it sent and how they were answered.
 */
class BadInputRoutesTests extends WebIntegrationTest {

	/** Whether to send every bad value of each class, or only the first. */
	private static final boolean EXHAUSTIVE = "exhaustive".equals(System.getProperty("vigil.bad-input"));

	private static final String LONG = "x".repeat(100_001);

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private final Map<Integer, Integer> byStatus = new TreeMap<>();

	private int sent;

	/** A bad value for a field or parameter, and whether the API must refuse it naming the field. */
	record Bad(Object value, boolean mustName) {
	}

	record Route(HttpMethod method, String pattern, HandlerMethod handler) {

		boolean isApi() {
			return pattern.startsWith("/api/");
		}

		String path(UUID caseId) {
			return pattern.replace("{caseId}", caseId.toString()).replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001");
		}

	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			for (String pattern : mapping.getKey().getPatternValues()) {
				if (pattern.equals("/error") || pattern.equals("/logout")) {
					continue; // the error page: MalformedRequestsTests; signing out would end the session the pages use
				}
				var methods = mapping.getKey().getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
					routes.add(new Route(HttpMethod.valueOf(method.name()), pattern, mapping.getValue()));
				}
			}
		}
		assertThat(routes).extracting(Route::pattern).contains("/cases", "/api/cases", "/api/cases/{caseId}/sources",
				"/api/cases/{caseId}/appeals", "/cases/{caseId}/persons", "/admin/users");
		return routes;
	}

	@Test
	void noRouteAnswersAServerErrorToBadInputAndTheApiNamesTheField() throws Exception {
		String team = newTeam();
		TestUser user = user(team, Role.RESEARCHER, Role.REVIEWER, Role.ADVOCACY);
		MockHttpSession session = signIn(user);
		MockHttpSession administrator = signIn(user(team, Role.ADMINISTRATOR));
		List<String> failures = new ArrayList<>();
		UUID caseId = null;
		for (Route route : routes()) {
			// A case of its own for each route that writes: a bad request that is accepted changes only that case.
			if (caseId == null || route.method() != HttpMethod.GET) {
				caseId = openCase(user, "Bad input " + route.pattern(), "CN");
			}
			MockHttpSession pages = route.pattern().startsWith("/admin") ? administrator : session;
			for (Probe probe : probes(route)) {
				MockHttpServletResponse response = send(route, probe, caseId, user, pages);
				String failure = judge(route, probe, response);
				if (failure != null && probe.field() != null) {
					// Refused for another input it lacks, checked first? Then the same request without
					// the bad value is refused naming the same fields.
					MockHttpServletResponse without = send(route, probe.withoutValue(), caseId, user, pages);
					if (without.getStatus() == 400 && errorFields(without).equals(errorFields(response)) && !errorFields(response).isEmpty()) {
						failure = null;
					}
				}
				if (failure != null) {
					failures.add(route.method() + " " + route.pattern() + " with " + probe.what() + ": " + failure);
				}
			}
			if (route.pattern().contains("{")) {
				for (String traversal : only(List.of("..%2F..%2Fetc%2Fpasswd", "%00", "..", "%ED%A0%80"))) {
					Route elsewhere = new Route(route.method(), route.pattern().replaceAll("\\{[^}]+}", traversal), route.handler());
					Probe probe = new Probe("the path " + elsewhere.pattern(), null, false, Map.of(), null, null, null);
					String failure = judge(elsewhere, probe, send(elsewhere, probe, caseId, user, pages));
					if (failure != null) {
						failures.add(route.method() + " " + route.pattern() + " with " + probe.what() + ": " + failure);
					}
				}
			}
		}
		System.out.println("Bad input on every route (" + (EXHAUSTIVE ? "exhaustive" : "first value of each class") + "): "
				+ sent + " requests, by status " + byStatus);
		assertThat(failures).isEmpty();
		assertThat(sent).isGreaterThan(500);
	}

	private MockHttpServletResponse send(Route route, Probe probe, UUID caseId, TestUser user, MockHttpSession pages) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request = probe.request(route.method(), route.path(caseId));
		if (route.isApi()) {
			request.header("Authorization", "Bearer " + user.token()).accept(MediaType.APPLICATION_JSON);
			if (probe.body() == null && probe.multipart() == null) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
		}
		else {
			request.session(pages).with(csrf());
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		sent++;
		byStatus.merge(response.getStatus(), 1, Integer::sum);
		return response;
	}

	private java.util.Set<String> errorFields(MockHttpServletResponse response) throws Exception {
		if (!String.valueOf(response.getContentType()).startsWith("application/problem+json")) {
			return java.util.Set.of();
		}
		JsonNode errors = json.readTree(response.getContentAsString()).get("errors");
		return errors == null ? java.util.Set.of()
				: errors.valueStream().map(error -> error.get("field").asString()).collect(java.util.stream.Collectors.toSet());
	}

	/** What is wrong with the answer, or {@code null}. */
	private String judge(Route route, Probe probe, MockHttpServletResponse response) throws Exception {
		int status = response.getStatus();
		if (status >= 500) {
			return "answered " + status;
		}
		if (!route.isApi() || status < 400 || response.getContentAsString().isEmpty()) {
			return null;
		}
		if (!String.valueOf(response.getContentType()).startsWith("application/problem+json")) {
			return "answered " + status + " as " + response.getContentType() + " rather than a problem";
		}
		if (probe.field() != null && probe.mustName() && status == 400) {
			JsonNode errors = json.readTree(response.getContentAsString()).get("errors");
			boolean named = errors != null && errors.valueStream()
				.map(error -> error.get("field").asString())
				.anyMatch(field -> field.equals(probe.field()) || field.startsWith(probe.field() + ".") || field.startsWith(probe.field() + "["));
			if (!named) {
				return "a 400 that does not name " + probe.field() + ": " + response.getContentAsString();
			}
		}
		return null;
	}

	/** One request to send to a route: a bad value for one of its inputs, or a bad body as a whole. */
	record Probe(String what, String field, boolean mustName, Map<String, String> parameters, String contentType, String body,
			MockMultipartFile multipart) {

		/** The same request without the bad value. */
		Probe withoutValue() {
			return new Probe(what + ", left out", field, false, Map.of(), contentType, body == null ? null : "{}", multipart);
		}

		AbstractMockHttpServletRequestBuilder<?> request(HttpMethod method, String path) {
			AbstractMockHttpServletRequestBuilder<?> request = multipart != null
					? MockMvcRequestBuilders.multipart(method, URI.create(path)).file(multipart)
					: MockMvcRequestBuilders.request(method, URI.create(path)); // as written: %2F stays %2F
			parameters.forEach(request::param);
			if (contentType != null) {
				request.contentType(contentType);
			}
			if (body != null) {
				request.content(body);
			}
			return request;
		}

	}

	private List<Probe> probes(Route route) throws Exception {
		List<Probe> probes = new ArrayList<>();
		// Every route, whatever it reads: a control character in a parameter nobody expects.
		probes.add(new Probe("a NUL in a query parameter", "q", true, Map.of("q", "a\u0000b"), null, null, null));
		for (Parameter parameter : route.handler().getMethod().getParameters()) {
			Type type = parameter.getParameterizedType();
			if (parameter.isAnnotationPresent(RequestBody.class)) {
				probes.addAll(bodyProbes(parameter.getType()));
			}
			else if (MultipartFile.class.isAssignableFrom(parameter.getType())) {
				probes.addAll(fileProbes(name(parameter)));
			}
			else if (parameter.isAnnotationPresent(RequestParam.class)) {
				for (Bad bad : badValues(type)) {
					java.util.Optional.ofNullable(parameterProbe(name(parameter), bad)).ifPresent(probes::add);
				}
			}
			else if (parameter.isAnnotationPresent(PathVariable.class) || parameter.isAnnotationPresent(RequestHeader.class)) {
				continue;
			}
			else if (isForm(parameter.getType())) {
				for (Field field : fields(parameter.getType())) {
					for (Bad bad : badValues(field.getGenericType())) {
						java.util.Optional.ofNullable(parameterProbe(field.getName(), bad)).ifPresent(probes::add);
					}
				}
			}
		}
		return probes;
	}

	private static String name(Parameter parameter) {
		RequestParam param = parameter.getAnnotation(RequestParam.class);
		if (param != null && !param.name().isEmpty()) {
			return param.name();
		}
		if (param != null && !param.value().isEmpty()) {
			return param.value();
		}
		return parameter.getName();
	}

	private Probe parameterProbe(String name, Bad bad) {
		if (bad.value() instanceof Map || bad.value() instanceof Collection) {
			return null; // a wrong JSON type: no such thing in a parameter
		}
		return new Probe(name + "=" + shown(bad.value()), name, bad.mustName(), Map.of(name, String.valueOf(bad.value())), null, null, null);
	}

	private List<Probe> bodyProbes(Class<?> type) throws Exception {
		List<Probe> probes = new ArrayList<>();
		probes.add(new Probe("an empty body", null, false, Map.of(), MediaType.APPLICATION_JSON_VALUE, "", null));
		probes.add(new Probe("a body that is not JSON", null, false, Map.of(), MediaType.APPLICATION_JSON_VALUE, "{\"", null));
		probes.add(new Probe("a JSON array", null, false, Map.of(), MediaType.APPLICATION_JSON_VALUE, "[]", null));
		probes.add(new Probe("a text body", null, false, Map.of(), MediaType.TEXT_PLAIN_VALUE, "title=x", null));
		probes.add(new Probe("multipart without boundary", null, false, Map.of(), "multipart/form-data", "{}", null));
		if (!type.isRecord()) {
			return probes;
		}
		RecordComponent[] components = type.getRecordComponents();
		if (components.length > 0) {
			String first = components[0].getName();
			probes.add(new Probe(first + " given twice", first, true, Map.of(), MediaType.APPLICATION_JSON_VALUE,
					"{\"" + first + "\": null, \"" + first + "\": null}", null));
		}
		for (RecordComponent component : components) {
			for (Bad bad : badValues(component.getGenericType())) {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put(component.getName(), bad.value());
				probes.add(new Probe(component.getName() + ": " + shown(bad.value()), component.getName(), bad.mustName(), Map.of(),
						MediaType.APPLICATION_JSON_VALUE, withEscapedSurrogates(json.writeValueAsString(body)), null));
			}
		}
		return probes;
	}

	/**
	 * The JSON with each half of a surrogate pair written as an escape ({@code \\uD800}), as a client
	 * would send it: sent as a Java string, it would become {@code ?} on its way to UTF-8.
	 */
	private static String withEscapedSurrogates(String json) {
		StringBuilder escaped = new StringBuilder(json.length());
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1));
			if (pair) {
				escaped.append(c).append(json.charAt(++i));
			}
			else if (Character.isSurrogate(c)) {
				escaped.append(String.format("\\u%04X", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private List<Probe> fileProbes(String name) {
		List<Probe> probes = new ArrayList<>();
		for (String fileName : only(List.of("photo\u202Egpj.exe", "a\u0000b.jpg", "../../../etc/passwd", "x".repeat(300) + ".jpg", ""))) {
			boolean mustName = !fileName.startsWith("../");
			probes.add(new Probe("a file named " + shown(fileName), name, mustName, Map.of(), null, null,
					new MockMultipartFile(name, fileName, "image/jpeg", "not a photo".getBytes())));
		}
		return probes;
	}

	/** Bad values for an input of this type; the first of each class always, the rest in the exhaustive run. */
	private static List<Bad> badValues(Type type) {
		Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
		List<Bad> bad = new ArrayList<>();
		if (raw == String.class) {
			bad.addAll(only(List.of(new Bad("a\u0000b", true), new Bad("\uD800", true), new Bad("a\u001B[2J", true))));
			bad.add(new Bad(LONG, true));
			bad.add(new Bad(Map.of("not", "text"), true));
		}
		else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
			bad.addAll(only(List.of(new Bad(new BigInteger("99999999999999999999"), true), new Bad(new BigInteger("-99999999999999999999"), true))));
			bad.add(new Bad("not a number", true));
			if (raw == int.class || raw == Integer.class) {
				bad.addAll(only(List.of(new Bad(Integer.MAX_VALUE, false), new Bad(Integer.MIN_VALUE, false))));
			}
		}
		else if (raw == LocalDate.class) {
			bad.addAll(only(List.of(new Bad("+999999999-12-31", true), new Bad("-999999999-01-01", true), new Bad("2026-02-30", true))));
			bad.add(new Bad("not a date", true));
		}
		else if (raw == Instant.class) {
			bad.addAll(only(List.of(new Bad("+1000000000-12-31T23:59:59.999999999Z", true), new Bad("+300000-01-01T00:00:00Z", true))));
			bad.add(new Bad("not a moment", true));
		}
		else if (raw == UUID.class) {
			bad.addAll(only(List.of(new Bad("../../../etc/passwd", true), new Bad("%00", true))));
		}
		else if (raw.isEnum()) {
			bad.addAll(only(List.of(new Bad("NOT_A_VALUE", true), new Bad("a\u0000b", true))));
		}
		else if (raw == Boolean.class || raw == boolean.class) {
			bad.add(new Bad("maybe", true));
		}
		else if (Collection.class.isAssignableFrom(raw)) {
			Type element = type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0] : String.class;
			bad.add(new Bad(Collections.nCopies(50_000, element(element)), true));
			bad.addAll(only(List.of(new Bad(Collections.singletonList(null), false), new Bad(List.of(Map.of("not", "an element")), true))));
		}
		return bad;
	}

	/** A plausible element of a list, so that its length is what is wrong with it. */
	private static Object element(Type type) {
		Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
		if (raw == UUID.class) {
			return UUID.randomUUID().toString();
		}
		if (raw.isEnum()) {
			return ((Enum<?>) raw.getEnumConstants()[0]).name();
		}
		return "CN";
	}

	/** The first value always; all of them in the exhaustive run. */
	private static <T> List<T> only(List<T> values) {
		return EXHAUSTIVE ? values : values.subList(0, 1);
	}

	/** A form object bound from parameters: one of Vigil's own classes that is neither a record nor a value. */
	private static boolean isForm(Class<?> type) {
		return type.getName().startsWith("org.vigil.") && !type.isRecord() && !type.isEnum() && !type.isInterface()
				&& !BeanUtils.isSimpleProperty(type) && !type.getSimpleName().endsWith("Standing");
	}

	private static List<Field> fields(Class<?> form) {
		List<Field> fields = new ArrayList<>();
		for (Field field : form.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers())) {
				fields.add(field);
			}
		}
		return fields;
	}

	private static String shown(Object value) {
		String text = String.valueOf(value);
		StringBuilder shown = new StringBuilder();
		text.codePoints().limit(40).forEach(c -> shown.append(Character.isISOControl(c) || Character.isSurrogate((char) c)
				|| (c >= 0x202A && c <= 0x202E) ? String.format("\\u%04X", c) : Character.toString(c)));
		return text.length() > 40 ? shown + "… (" + text.length() + " characters)" : shown.toString();
	}

}
