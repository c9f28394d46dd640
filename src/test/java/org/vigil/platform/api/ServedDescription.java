package org.vigil.platform.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API description as the server serves it, without credentials, and where the build keeps copies of it. */
final class ServedDescription {

	/** The copy kept in the repository, from which the client is generated. */
	static final Path COPY = Path.of("docs/openapi.json");

	/** The served description, saved for the linters. */
	static final Path SAVED = Path.of("target/openapi/openapi.json");

	private ServedDescription() {
	}

	static String text(MockMvc mvc) throws Exception {
		return mvc.perform(get("/api/openapi.json")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static JsonNode read(MockMvc mvc, JsonMapper json) throws Exception {
		return json.readTree(text(mvc));
	}

	/** The description less its {@code servers}, which name the address it was served from. */
	static JsonNode withoutServers(JsonNode description) {
		ObjectNode copy = (ObjectNode) description.deepCopy();
		copy.remove("servers");
		return copy;
	}

	static Path save(MockMvc mvc) throws Exception {
		try {
			Files.createDirectories(SAVED.getParent());
			Files.writeString(SAVED, text(mvc));
			return SAVED;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
