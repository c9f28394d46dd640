package org.vigil.letters.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templateresource.StringTemplateResource;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;

/**
 * The Thymeleaf engine letter templates run in: Vigil's own, not the application's. It knows the
 * standard {@code th:} attributes, evaluates expressions with {@link RestrictedExpressions} (the
 * letter's content and nothing else), and resolves only two kinds of template: the one being
 * rendered and the shipped fragments in {@code letters/parts.html}. It has no message source, no
 * link builder into the application and no access to its beans.
 */
final class LetterTemplateEngine {

	/** The name a template uses to include the shipped fragments: {@code ~{parts :: letterhead}}. */
	static final String PARTS = "parts";

	/**
	 * What a letter template may not write: unescaped output ({@code th:utext}, inlined {@code [(…)]})
	 * would let a case's text inject markup, and {@code th:object} opens {@code *{…}} selections.
	 */
	private static final List<String> FORBIDDEN = List.of("th:utext=", "data-th-utext=", "th:object=", "data-th-object=", "[(");

	private final TemplateEngine engine = new TemplateEngine();

	private final String parts;

	LetterTemplateEngine() {
		parts = read("letters/parts.html");
		StandardDialect dialect = new StandardDialect();
		dialect.setVariableExpressionEvaluator(new RestrictedExpressions());
		engine.setDialect(dialect);
		engine.setTemplateResolver(new OnlyTheseTemplates());
	}

	/**
	 * Renders a template with the given variables.
	 *
	 * @throws TemplateFailure when the template cannot be parsed or an expression fails, with its line
	 */
	String render(String template, Map<String, Object> variables) {
		for (String construct : FORBIDDEN) {
			int at = template.indexOf(construct);
			if (at >= 0) {
				throw new TemplateFailure(lineOf(template, at), construct.replace("=", "") + " is not available in letter templates");
			}
		}
		Context context = new Context(java.util.Locale.ROOT, variables);
		try {
			return engine.process(new TemplateName(template).toString(), context);
		}
		catch (TemplateEngineException failure) {
			throw TemplateFailure.from(failure);
		}
		catch (StackOverflowError endless) {
			throw new TemplateFailure(0, "the template includes itself without end");
		}
	}

	static String read(String resource) {
		try {
			return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException missing) {
			throw new UncheckedIOException(missing);
		}
	}

	private static int lineOf(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	/*
	 * Thymeleaf hands the resolver the template's name. The rendered template travels inside the
	 * name, so the engine's cache (bounded, least recently used out) keeps each template parsed once.
	 */
	private record TemplateName(String source) {

		private static final String PREFIX = "letter-template:";

		@Override
		public String toString() {
			return PREFIX + source;
		}

	}

	private final class OnlyTheseTemplates implements ITemplateResolver {

		@Override
		public String getName() {
			return "letters";
		}

		@Override
		public Integer getOrder() {
			return 1;
		}

		@Override
		public TemplateResolution resolveTemplate(IEngineConfiguration configuration, String ownerTemplate,
				String template, Map<String, Object> templateResolutionAttributes) {
			if (PARTS.equals(template)) {
				return new TemplateResolution(new StringTemplateResource(parts), TemplateMode.HTML,
						AlwaysValidCacheEntryValidity.INSTANCE);
			}
			if (template.startsWith(TemplateName.PREFIX)) {
				return new TemplateResolution(new StringTemplateResource(template.substring(TemplateName.PREFIX.length())),
						TemplateMode.HTML, AlwaysValidCacheEntryValidity.INSTANCE);
			}
			return null;
		}

	}

	/** A template that does not render: where, and why. */
	static final class TemplateFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final int line;

		private final String reason;

		TemplateFailure(int line, String reason) {
			super("line " + line + ": " + reason, null, false, false);
			this.line = line;
			this.reason = reason;
		}

		static TemplateFailure from(TemplateEngineException failure) {
			int line = failure instanceof TemplateProcessingException processing && processing.getLine() != null
					? processing.getLine() : 0;
			return new TemplateFailure(line, reasonOf(failure));
		}

		/** The line of the template the failure is on (1 for the first), or 0 when Thymeleaf did not say. */
		int line() {
			return line;
		}

		/** Thymeleaf's reason, without the template (which it quotes whole) and position. */
		String reason() {
			return reason;
		}

		private static String reasonOf(Throwable failure) {
			Throwable deepest = failure;
			while (deepest.getCause() != null && deepest.getCause() != deepest) {
				deepest = deepest.getCause();
			}
			String message = deepest instanceof TemplateEngineException engine ? plain(engine) : deepest.getMessage();
			if (message == null || message.isBlank()) {
				message = plain(failure instanceof TemplateEngineException engine ? engine : null);
			}
			return message.length() > 300 ? message.substring(0, 300) + "…" : message;
		}

		private static String plain(TemplateEngineException failure) {
			if (failure == null) {
				return "";
			}
			String message = failure.getMessage();
			int template = message.indexOf(" (template: ");
			return template < 0 ? message : message.substring(0, template);
		}

	}

}
