package org.vigil.letters.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.MapAccessor;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.SelectionVariableExpression;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * Evaluates the {@code ${…}} expressions of letter templates, and nothing more. The model a template
 * sees is made of maps, lists and strings only ({@link LetterModel}); expressions read it with
 * Spring's {@link SimpleEvaluationContext} restricted to reading map entries: no method call, no
 * type reference ({@code T(…)}), no constructor, no bean reference ({@code @name}), no assignment,
 * no expression object ({@code #ctx}, {@code #request}). An expression that tries any of these — or
 * names something the model does not hold — fails, and the template is refused with its line.
 */
final class RestrictedExpressions implements IStandardVariableExpressionEvaluator {

	/** Longest expression a template may hold: letters need paths, not programs. */
	static final int MAX_EXPRESSION_LENGTH = 200;

	private final SpelExpressionParser parser = new SpelExpressionParser();

	private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

	private final EvaluationContext evaluation = SimpleEvaluationContext.forPropertyAccessors(new MapAccessor(false))
		.build();

	@Override
	public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
			StandardExpressionExecutionContext executionContext) {
		if (expression instanceof SelectionVariableExpression) {
			throw new TemplateProcessingException("*{…} is not available in letter templates: write ${…}");
		}
		String text = expression.getExpression();
		if (text.length() > MAX_EXPRESSION_LENGTH) {
			throw new TemplateProcessingException("expression longer than " + MAX_EXPRESSION_LENGTH + " characters");
		}
		Map<String, Object> root = new HashMap<>();
		for (String name : context.getVariableNames()) {
			root.put(name, context.getVariable(name));
		}
		try {
			return parse(text).getValue(evaluation, Collections.unmodifiableMap(root));
		}
		catch (EvaluationException | ParseException failure) {
			throw new TemplateProcessingException("${" + text + "}: " + failure.getSimpleMessage());
		}
	}

	private Expression parse(String text) {
		Expression expression = parsed.get(text);
		if (expression == null) {
			expression = parser.parseExpression(text);
			if (parsed.size() < 10_000) {
				parsed.put(text, expression);
			}
		}
		return expression;
	}

}
