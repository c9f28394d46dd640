package org.vigil.letters.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigil.letters.LetterKind;
import org.vigil.letters.internal.LetterTemplateEngine.TemplateFailure;

class LetterTemplateEngineTests {

	private static final LetterTemplateEngine ENGINE = new LetterTemplateEngine();

	private static final Map<String, Object> SAMPLE = Map.of("letter",
			LetterModel.of(SampleLetter.of(LetterKind.URGENT_APPEAL, "en", LetterFixtures.LETTERHEAD)));

	@Test
	void aTemplateReadsTheLettersContent() {
		assertThat(ENGINE.render("<p th:text=\"${letter.subject}\">x</p>", SAMPLE)).contains("five North Korean refugees");
	}

	@Test
	void aTemplateEscapesTheLettersContent() {
		Map<String, Object> hostileContent = Map.of("letter", Map.of("subject", "<img src=x>"));

		assertThat(ENGINE.render("<p th:text=\"${letter.subject}\">x</p>", hostileContent)).contains("&lt;img src=x&gt;");
	}

	@Test
	void aSyntaxErrorIsRefusedWithItsLine() {
		TemplateFailure failure = failureOf("<html>\n<body>\n<p th:text=\"${letter.subject\">x</p>\n</body>\n</html>");

		assertThat(failure.line()).isEqualTo(3);
		assertThat(failure.reason()).contains("${letter.subject");
	}

	@Test
	void anUnknownNameIsRefusedWithItsLine() {
		TemplateFailure failure = failureOf("<html>\n<body>\n\n<p th:text=\"${letter.nickname}\">x</p>\n</body>\n</html>");

		assertThat(failure.line()).isEqualTo(4);
		assertThat(failure.reason()).contains("nickname");
	}

	@Test
	void aTemplateCannotReachAJavaType() {
		TemplateFailure failure = failureOf("<p>\n<span th:text=\"${T(java.lang.Runtime).getRuntime().exec('touch /tmp/owned')}\">x</span></p>");

		assertThat(failure.line()).isEqualTo(2);
		assertThat(new java.io.File("/tmp/owned")).doesNotExist();
	}

	@Test
	void aTemplateCannotReachABean() {
		assertThat(failureOf("<p th:text=\"${@letterRenderer}\">x</p>").line()).isEqualTo(1);
		assertThat(failureOf("<p th:text=\"${@environment.getProperty('vigil.home')}\">x</p>").line()).isEqualTo(1);
	}

	@Test
	void aTemplateCannotCallMethodsOnTheContent() {
		assertThat(failureOf("<p th:text=\"${letter.subject.getClass().forName('java.lang.Runtime')}\">x</p>").reason())
			.contains("getClass");
	}

	@Test
	void aTemplateCannotReachTheEnginesExpressionObjects() {
		assertThatThrownBy(() -> ENGINE.render("<p th:text=\"${#ctx.getVariable('letter')}\">x</p>", SAMPLE))
			.isInstanceOf(TemplateFailure.class);
	}

	@Test
	void aTemplateCannotIncludeAnyTemplateButTheShippedParts() {
		assertThat(failureOf("<div th:replace=\"~{layout :: page}\"></div>").reason()).isNotBlank();
	}

	@Test
	void aTemplateCannotWriteUnescapedMarkup() {
		TemplateFailure failure = failureOf("<p>\n\n<p th:utext=\"${letter.subject}\">x</p>");

		assertThat(failure.line()).isEqualTo(3);
		assertThat(failure.reason()).contains("th:utext");
	}

	@Test
	void aTemplateCannotInlineUnescapedText() {
		assertThat(failureOf("<p>[(${letter.subject})]</p>").reason()).contains("[(");
	}

	@Test
	void aTemplateIncludingItselfWithoutEndIsRefused() {
		assertThat(failureOf("<div th:fragment=\"again\"><div th:replace=\"~{:: again}\"></div></div>").reason()).isNotBlank();
	}

	private static TemplateFailure failureOf(String template) {
		return catchThrowableOfType(TemplateFailure.class, () -> ENGINE.render(template, SAMPLE));
	}

}
