package org.vigil.platform.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.core.io.ClassPathResource;

/**
 * Examples of the main routes, kept as JSON beside the code rather than in annotations:
 * {@code api/examples/<operationId>.json} holds {@code "request"} (the body sent) and/or
 * {@code "response"} (the successful answer). The lint checks each against its schema.
 */
final class ApiExamples {

	private static final String FOLDER = "api/examples/";

	void apply(Operation operation) {
		if (operation.getOperationId() == null) {
			return;
		}
		Map<String, Object> example = read(operation.getOperationId());
		if (example == null) {
			return;
		}
		if (example.containsKey("request") && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
			operation.getRequestBody().getContent().values().forEach(media -> media.setExample(example.get("request")));
		}
		if (example.containsKey("response") && operation.getResponses() != null) {
			operation.getResponses().entrySet().stream()
				.filter(entry -> entry.getKey().startsWith("2"))
				.map(Map.Entry::getValue)
				.map(ApiResponse::getContent)
				.filter(content -> content != null)
				.flatMap(content -> content.values().stream())
				.forEach((MediaType media) -> media.setExample(example.get("response")));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> read(String operationId) {
		ClassPathResource resource = new ClassPathResource(FOLDER + operationId + ".json");
		if (!resource.exists()) {
			return null;
		}
		try (InputStream in = resource.getInputStream()) {
			return Json.mapper().readValue(in, Map.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The API example " + resource.getPath() + " is not JSON", ex);
		}
	}

}
