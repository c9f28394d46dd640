package org.vigil.platform.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The problems (RFC 9457) an operation can answer, declared once as one {@code Problem} schema and
 * one shared response per status, and listed on each operation by these rules, which follow from
 * how Vigil answers (platform's {@code ApiProblemHandler}, the security configuration, the case
 * visibility check) rather than from anything a route says:
 *
 * <ul>
 * <li>{@code 400}: the operation takes a request body or query parameters — a missing, malformed or
 * out-of-range value, named in {@code errors}. (A malformed path parameter is a {@code 404}.)</li>
 * <li>{@code 401}: the operation needs a token (every route but {@link PublicApiPaths}).</li>
 * <li>{@code 403}: the operation changes something (any method but GET) — the caller's role or one
 * of Vigil's rules refuses it, {@code refusal} names the rule; through the session, the CSRF token
 * was missing — or it answers a protected file ({@code application/octet-stream}), withheld until
 * the identities are revealed.</li>
 * <li>{@code 404}: the path names a record ({@code {…}} in it) — unknown, or not shared with the
 * caller: the two are never told apart.</li>
 * <li>{@code 409}: the operation changes a record the path names — edited at a stale version
 * ({@code STALE_VERSION} with {@code currentVersion}, {@code changes} and {@code current}), purged,
 * or not in a state for this step.</li>
 * <li>{@code 410}: the operation reads a protected file ({@code GET}), which may have been destroyed
 * with its case's key.</li>
 * <li>{@code 413}: the operation takes a {@code multipart/form-data} upload.</li>
 * <li>{@code 415}: the operation takes a request body, which must come in the media type listed.</li>
 * </ul>
 */
final class ApiProblems {

	static final String PROBLEM_JSON = "application/problem+json";

	static final String FILE = "application/octet-stream";

	private static final String PROBLEM = "Problem";

	/** Status → name of the shared response and what it means. */
	private static final Map<String, String[]> RESPONSES = new LinkedHashMap<>();

	static {
		RESPONSES.put("400", new String[] { "BadInput",
				"The input is wrong: `errors` names each missing, malformed or out-of-range field and why; `refusal` names the rule when one of Vigil's rules refused it." });
		RESPONSES.put("401", new String[] { "Unauthenticated",
				"No valid credentials: send a personal API token as `Authorization: Bearer …` (or sign in for a session)." });
		RESPONSES.put("403", new String[] { "Refused",
				"Not yours to do: your role or one of Vigil's rules refuses it (`refusal` names the rule, `detail` explains it in the request's language); through a session, the CSRF token was missing." });
		RESPONSES.put("404", new String[] { "NotFound",
				"No such record, or it is not shared with you: Vigil never tells the two apart." });
		RESPONSES.put("409", new String[] { "Conflict",
				"Not in a state for this: the record was saved by someone else after the `version` you sent (`refusal` `STALE_VERSION`, with `currentVersion`, `changes` and the record as it is now in `current`), it was purged (`CASE_PURGED`, `PERSON_PURGED`), or this step does not apply to it now." });
		RESPONSES.put("410", new String[] { "Gone", "Gone for good: the file was destroyed with its case's key." });
		RESPONSES.put("413", new String[] { "TooLarge", "The upload is larger than Vigil accepts; nothing was stored." });
		RESPONSES.put("415", new String[] { "UnsupportedMediaType",
				"The request body is not in a media type this operation reads, or the file is in a format Vigil does not read." });
	}

	private ApiProblems() {
	}

	/** Adds the {@code Problem} schema and the shared responses. */
	static void declare(Components components) {
		components.addSchemas("FieldProblem", new ObjectSchema().description("A field that was wrong, and how to put it right.")
			.addProperty("field", new StringSchema().description("The request field: a JSON property, query parameter or form part."))
			.addProperty("reason", new StringSchema().description("Why it was refused, in the request's language."))
			.required(List.of("field", "reason")));
		components.addSchemas("FieldChange", new ObjectSchema()
			.description("A field that differs between the version the caller sent and the one saved now; protected values are never carried.")
			.addProperty("field", new StringSchema())
			.addProperty("from", new StringSchema().description("The value the caller loaded; absent for a protected field."))
			.addProperty("to", new StringSchema().description("The value saved now; absent for a protected field."))
			.addProperty("isProtected", new Schema<Boolean>().type("boolean")));
		components.addSchemas(PROBLEM, new ObjectSchema()
			.description("An RFC 9457 problem detail, the one shape of every error Vigil's API answers.")
			.addProperty("type", new StringSchema().format("uri").example("about:blank"))
			.addProperty("title", new StringSchema().description("A short summary of the kind of problem.").example("Not found"))
			.addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
				.example(404))
			.addProperty("detail", new StringSchema().description("What went wrong, in the request's language.")
				.example("No such record, or it is not shared with you."))
			.addProperty("instance", new StringSchema().format("uri-reference").description("The path that was asked for."))
			.addProperty("refusal", new StringSchema().description("The rule of Vigil that refused the request, e.g. `OWN_APPEAL`, `CASE_PURGED`, `STALE_VERSION`.")
				.example("STALE_VERSION"))
			.addProperty("errors", new ArraySchema().items(ref("FieldProblem")).description("Each field that was wrong (400)."))
			.addProperty("currentVersion", new IntegerSchema().format("int64").description("The record's version now (409 `STALE_VERSION`)."))
			.addProperty("changes", new ArraySchema().items(ref("FieldChange"))
				.description("What is saved now that differs from what the caller loaded or sent (409 `STALE_VERSION`)."))
			.addProperty("current", new ObjectSchema().description("The record as it is now, in the shape the route answers (409 `STALE_VERSION`)."))
			.required(List.of("title", "status")));
		RESPONSES.forEach((status, response) -> components.addResponses(response[0], new ApiResponse().description(response[1])
			.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref(PROBLEM))))));
	}

	/** Lists on the operation the problems it can answer, by the rules above. */
	static void list(String path, HttpMethod method, Operation operation, boolean secured) {
		boolean writes = method != HttpMethod.GET && method != HttpMethod.HEAD;
		boolean namesRecord = path.contains("{");
		boolean takesBody = operation.getRequestBody() != null;
		boolean takesQuery = operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn()));
		boolean upload = takesBody && operation.getRequestBody().getContent() != null
				&& operation.getRequestBody().getContent().containsKey("multipart/form-data");
		boolean answersFile = ApiContent.answers(operation, FILE);
		ApiResponses responses = operation.getResponses();
		add(responses, "400", takesBody || takesQuery);
		add(responses, "401", secured);
		add(responses, "403", secured && (writes || answersFile));
		add(responses, "404", namesRecord);
		add(responses, "409", writes && namesRecord);
		add(responses, "410", answersFile && !writes);
		add(responses, "413", upload);
		add(responses, "415", takesBody);
	}

	private static void add(ApiResponses responses, String status, boolean applies) {
		if (applies && !responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + RESPONSES.get(status)[0]));
		}
	}

	static Schema<?> ref(String schema) {
		return new Schema<>().$ref("#/components/schemas/" + schema);
	}

}
