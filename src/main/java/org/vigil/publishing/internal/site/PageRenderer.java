package org.vigil.publishing.internal.site;

import java.util.Locale;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a public page to HTML outside a request's view resolution: the public templates need nothing
 * of the request (their links come from {@link SiteLinks}), so the served site can keep what it rendered
 * and the static export writes the very same HTML.
 */
@Component
class PageRenderer {

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	PageRenderer(ITemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.context = context;
	}

	String render(SitePages.Page page, Locale locale) {
		Context model = new Context(locale, page.model());
		model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, null));
		return templates.process(page.template(), model);
	}

}
