package org.vigil.platform.api;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served description, checked by real OpenAPI tools: the swagger parser's validation, and
 * Redocly CLI under the rule set kept in {@code redocly.yaml}. Either failing on any error fails
 * the build. Redocly is a Node program that CI installs ({@code .ci/run}); outside CI, without it,
 * its check is skipped and says how to install it.
 */
class ApiDescriptionLintTests extends WebIntegrationTest {

	@Test
	void theSwaggerParserFindsTheDescriptionValid() throws Exception {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(ServedDescription.text(mvc), null, options);
		assertThat(result.getOpenAPI()).isNotNull();
		assertThat(result.getMessages()).as("swagger parser's findings").isEmpty();
	}

	@Test
	void redoclyFindsNoErrorUnderTheRulesKeptInTheRepository() throws Exception {
		Optional<Path> redocly = redocly();
		if (redocly.isEmpty()) {
			assertThat(System.getenv("CI")).as("Redocly CLI must be installed in CI (.ci/run installs it)").isNotEqualTo("true");
			Assumptions.abort("Redocly CLI is not installed: npm install -g @redocly/cli@2.77.0 (CI installs it)");
		}
		Path description = ServedDescription.save(mvc);
		Path output = Files.createTempFile("redocly", ".txt");
		ProcessBuilder lint = new ProcessBuilder(redocly.get().toString(), "lint", "--config", "redocly.yaml", "--format", "stylish",
				description.toString()).redirectErrorStream(true).redirectOutput(output.toFile());
		// Nothing leaves the machine: no usage data, no update check.
		lint.environment().put("REDOCLY_TELEMETRY", "off");
		lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
		Process process = lint.start();
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("redocly lint finished").isTrue();
		String report = Files.readString(output, StandardCharsets.UTF_8);
		System.out.println(report);
		assertThat(process.exitValue()).as("redocly lint found errors:%n%s", report).isZero();
	}

	/** {@code redocly} on the PATH, or where {@code REDOCLY} points. */
	private static Optional<Path> redocly() {
		String given = System.getenv("REDOCLY");
		if (given != null && Files.isExecutable(Path.of(given))) {
			return Optional.of(Path.of(given));
		}
		String path = System.getenv("PATH");
		for (String folder : path == null ? List.<String>of() : List.of(path.split(File.pathSeparator))) {
			Path candidate = Path.of(folder, "redocly");
			if (Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
