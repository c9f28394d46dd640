package org.vigil.platform.api;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.vigil.support.WebIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated client is built from {@code docs/openapi.json}; this keeps that copy equal to the
 * served description, so that the client in the build is the client an integrator would generate.
 * After changing a route, refresh the copy with
 * {@code mvn test -Dtest=ApiDescriptionCopyTests -Dvigil.api.write-copy=true} and commit it.
 */
class ApiDescriptionCopyTests extends WebIntegrationTest {

	@Test
	void theCopyInTheRepositoryIsTheDescriptionTheServerServes() throws Exception {
		String served = ServedDescription.text(mvc);
		if (Boolean.getBoolean("vigil.api.write-copy")) {
			Files.writeString(ServedDescription.COPY, served.endsWith("\n") ? served : served + "\n");
		}
		JsonNode copy = json.readTree(Files.readString(ServedDescription.COPY));
		assertThat(ServedDescription.withoutServers(copy))
			.as("docs/openapi.json differs from /api/openapi.json: refresh it with "
					+ "mvn test -Dtest=ApiDescriptionCopyTests -Dvigil.api.write-copy=true, and commit it")
			.isEqualTo(ServedDescription.withoutServers(json.readTree(served)));
	}

}
