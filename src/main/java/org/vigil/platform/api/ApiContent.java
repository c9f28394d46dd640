package org.vigil.platform.api;

import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Media types as Vigil sends and reads them. JSON is the default of every route (the
 * {@code springdoc.default-*-media-type} settings); a route that answers something else says so on
 * its mapping ({@code produces}) or with {@code @ApiResponse} content. A wildcard never reaches the
 * description: a client must know what it will receive.
 */
final class ApiContent {

	private static final String ANY = "*/*";

	private ApiContent() {
	}

	/**
	 * Replaces any wildcard media type of the operation's answers and body by JSON, and names an
	 * upload (a body with a binary part, from {@code @RequestParam MultipartFile}) {@code multipart/form-data}.
	 */
	static void namePrecisely(Operation operation) {
		if (operation.getRequestBody() != null) {
			Content body = operation.getRequestBody().getContent();
			precise(body);
			MediaType json = body == null ? null : body.get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
			if (json != null && carriesFile(json.getSchema())) {
				body.remove(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
				body.addMediaType(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE, json);
			}
		}
		if (operation.getResponses() != null) {
			operation.getResponses().values().forEach(response -> precise(response.getContent()));
		}
	}

	/** Whether a successful answer of the operation comes in the media type. */
	static boolean answers(Operation operation, String mediaType) {
		if (operation.getResponses() == null) {
			return false;
		}
		for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
			Content content = entry.getValue().getContent();
			if (entry.getKey().startsWith("2") && content != null && content.containsKey(mediaType)) {
				return true;
			}
		}
		return false;
	}

	private static boolean carriesFile(io.swagger.v3.oas.models.media.Schema<?> schema) {
		return schema != null && schema.getProperties() != null
				&& schema.getProperties().values().stream().anyMatch(part -> "binary".equals(part.getFormat()));
	}

	private static void precise(Content content) {
		if (content != null && content.containsKey(ANY)) {
			MediaType any = content.remove(ANY);
			content.putIfAbsent(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
		}
	}

}
