package org.vigil.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigil.platform.validation.AcceptedText;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * How Vigil reads JSON request bodies: every string — a field, an element of a list, a value of a
 * map — is text as {@link AcceptedText} says, refused otherwise and normalised when accepted; and a
 * field given twice in one object is refused rather than the last one silently winning (so that a
 * proxy or a validator that reads the first cannot be made to see another request than Vigil).
 * {@link ApiProblemHandler} answers both with a problem naming the field.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	JsonMapperBuilderCustomizer acceptedTextAndSingleFields() {
		return builder -> builder
			.addModule(new SimpleModule("vigil-accepted-text").addDeserializer(String.class, new AcceptedTextDeserializer()))
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

	/** A string refused as text; Jackson adds the path to it as it unwinds, so the answer can name the field. */
	static final class TextRefused extends MismatchedInputException {

		private static final long serialVersionUID = 1L;

		private final transient AcceptedText.Problem problem;

		TextRefused(JsonParser parser, AcceptedText.Problem problem) {
			super(parser, "Text refused: " + problem.rule().name() + " " + problem.character() + " at " + problem.position(), String.class);
			this.problem = problem;
		}

		AcceptedText.Problem problem() {
			return problem;
		}

	}

	/** Reads strings as Jackson does, then applies Vigil's text rule. */
	static final class AcceptedTextDeserializer extends StdScalarDeserializer<String> {

		AcceptedTextDeserializer() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = StringDeserializer.instance.deserialize(parser, context);
			AcceptedText.Problem problem = AcceptedText.problem(value, false).orElse(null);
			if (problem != null) {
				throw new TextRefused(parser, problem);
			}
			return AcceptedText.normalise(value);
		}

	}

}
