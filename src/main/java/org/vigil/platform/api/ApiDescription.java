package org.vigil.platform.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.util.StringUtils;

/**
 * The convention every route of the API is described by, applied to the whole description once
 * springdoc has read the controllers: who Vigil is and which version, the {@code bearer} scheme on
 * every route that needs a token, the path parameters resolved by Vigil itself (the case of
 * {@code /api/cases/{caseId}/…}), media types named precisely, the problems each operation can
 * answer ({@link ApiProblems}), the domain tags in use, and the examples kept beside the code
 * ({@link ApiExamples}). Routes never repeat any of this.
 */
class ApiDescription implements OpenApiCustomizer {

	static final String BEARER = "bearer";

	static final String PAGE = "page";

	static final String SIZE = "size";

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

	private static final String ABOUT = """
			The JSON API of Vigil, which keeps watch over people at risk and helps a human-rights organisation act in time.

			**Authentication.** Send a personal API token as `Authorization: Bearer <token>`; an operator issues it with \
			`java -jar vigil.jar admin issue-token --username NAME`. A signed-in browser session works too, with the CSRF token on \
			every change.

			**Need-to-know.** A caller sees the cases of their teams and the cases shared with them. Any other case, and anything in \
			it, answers `404`, exactly like a record that does not exist. Identities (names, contacts, precise locations) appear only \
			while revealed to the caller (`POST /api/cases/{caseId}/reveal`).

			**Errors** are RFC 9457 problem details (`application/problem+json`, the `Problem` schema): `errors` names each bad field, \
			`refusal` names the rule of Vigil that said no, `detail` explains it in the request's language (`?lang=ko`, `?lang=zh` or \
			`Accept-Language`).

			**Edits** carry the `version` that was read; an edit made on an older version answers `409` with what changed since.

			**Lists that page** take `page` (from 0), `size` (1 to 200, 25 unless given) and `sort`, and answer \
			`{"items", "page", "size", "totalItems", "totalPages"}`; other lists answer the whole list as an array.""";

	private final String version;

	private final String serverUrl;

	private final ApiProperties settings;

	private final ApiExamples examples;

	ApiDescription(String version, String serverUrl, ApiProperties settings, ApiExamples examples) {
		this.version = version;
		this.serverUrl = serverUrl;
		this.settings = settings;
		this.examples = examples;
	}

	@Override
	public void customise(OpenAPI api) {
		api.info(info());
		api.servers(List.of(new Server().url(serverUrl).description("This Vigil")));
		Components components = api.getComponents() != null ? api.getComponents() : new Components();
		api.components(components);
		components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
			.description("A personal API token issued by an operator (`admin issue-token`), sent as `Authorization: Bearer <token>`."));
		ApiProblems.declare(components);
		components.addParameters(PAGE, new Parameter().in("query").name(PAGE).description("The page to answer, from 0.")
			.schema(new io.swagger.v3.oas.models.media.IntegerSchema().format("int32").minimum(java.math.BigDecimal.ZERO)._default(0)));
		components.addParameters(SIZE, new Parameter().in("query").name(SIZE).description("The most records a page holds.")
			.schema(new io.swagger.v3.oas.models.media.IntegerSchema().format("int32").minimum(java.math.BigDecimal.ONE)
				.maximum(java.math.BigDecimal.valueOf(ApiPage.MAX_SIZE))._default(ApiPage.DEFAULT_SIZE)));
		if (components.getSchemas() != null) {
			components.getSchemas().values().forEach(ApiDescription::describeInMarkdown);
		}
		Set<String> tagsInUse = new LinkedHashSet<>();
		if (api.getPaths() != null) {
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				describe(path, method, operation);
				if (operation.getTags() != null) {
					tagsInUse.addAll(operation.getTags());
				}
			}));
		}
		api.tags(tags(tagsInUse));
	}

	private void describe(String path, PathItem.HttpMethod method, Operation operation) {
		declarePathVariables(path, operation);
		operation.setSummary(ApiText.plain(operation.getSummary()));
		operation.setDescription(ApiText.markdown(operation.getDescription()));
		if (operation.getParameters() != null) {
			operation.getParameters().forEach(p -> p.setDescription(ApiText.markdown(p.getDescription())));
		}
		ApiContent.namePrecisely(operation);
		boolean secured = !PublicApiPaths.isPublic(path);
		operation.setSecurity(secured ? List.of(new SecurityRequirement().addList(BEARER)) : List.of());
		ApiProblems.list(path, method, operation, secured);
		examples.apply(operation);
	}

	private static void describeInMarkdown(io.swagger.v3.oas.models.media.Schema<?> schema) {
		schema.setDescription(ApiText.markdown(schema.getDescription()));
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach(property -> property.setDescription(ApiText.markdown(property.getDescription())));
		}
	}

	/**
	 * Path variables that no handler parameter binds are resolved by Vigil before the handler runs
	 * (the case of {@code /api/cases/{caseId}/…}, checked once per request). They are still the
	 * caller's to send: an {@code …Id} is a UUID.
	 */
	private static void declarePathVariables(String path, Operation operation) {
		List<Parameter> parameters = operation.getParameters() != null ? new ArrayList<>(operation.getParameters()) : new ArrayList<>();
		Matcher variables = PATH_VARIABLE.matcher(path);
		int position = 0;
		while (variables.find()) {
			String name = variables.group(1);
			boolean declared = parameters.stream().anyMatch(p -> "path".equals(p.getIn()) && name.equals(p.getName()));
			if (!declared) {
				StringSchema schema = new StringSchema();
				if (name.endsWith("Id")) {
					schema.format("uuid");
				}
				parameters.add(Math.min(position, parameters.size()), new Parameter().in("path").name(name).required(true).schema(schema)
					.description("The id of the " + words(name.replaceAll("Id$", "")) + "."));
			}
			position++;
		}
		operation.setParameters(parameters.isEmpty() ? null : parameters);
	}

	/** {@code appealId} → "appeal", {@code exportFile} → "export file". */
	private static String words(String camel) {
		return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}

	private Info info() {
		Info info = new Info().title("Vigil").version(version).description(ABOUT);
		Contact contact = new Contact().name(settings.contactName());
		if (StringUtils.hasText(settings.contactEmail())) {
			contact.email(settings.contactEmail());
		}
		if (StringUtils.hasText(settings.contactUrl()) || !"/".equals(serverUrl)) {
			contact.url(StringUtils.hasText(settings.contactUrl()) ? settings.contactUrl() : serverUrl);
		}
		info.contact(contact);
		if (StringUtils.hasText(settings.licenceName())) {
			License licence = new License().name(settings.licenceName());
			if (StringUtils.hasText(settings.licenceUrl())) {
				licence.url(settings.licenceUrl());
			}
			info.license(licence);
		}
		return info;
	}

	/** The tags in use, in the order of {@link ApiTag}, each with its sentence; others after them, by name. */
	private static List<Tag> tags(Set<String> inUse) {
		List<Tag> tags = new ArrayList<>();
		for (ApiTag tag : ApiTag.values()) {
			if (inUse.contains(tag.tagName())) {
				tags.add(new Tag().name(tag.tagName()).description(tag.sentence()));
			}
		}
		Map<String, Tag> others = new TreeMap<>();
		inUse.stream().filter(name -> ApiTag.named(name).isEmpty())
			.forEach(name -> others.put(name, new Tag().name(name).description("The routes of Vigil's " + name + " module.")));
		tags.addAll(others.values());
		return tags;
	}

}
