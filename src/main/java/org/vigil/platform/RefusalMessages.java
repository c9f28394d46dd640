package org.vigil.platform;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The explanation of a refusal in words, from the message bundles ({@code refusal.RULE} with the
 * refusal's arguments): in the reader's language for pages and the API, in English for operator
 * commands. A rule without a message is explained by its name.
 */
@Component
public class RefusalMessages {

	private final MessageSource messages;

	public RefusalMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** In the language of the current request. */
	public String explain(Refusal refusal) {
		return explain(refusal, LocaleContextHolder.getLocale());
	}

	public String explain(Refusal refusal, Locale locale) {
		return messages.getMessage(refusal.messageKey(), refusal.arguments().toArray(), refusal.rule().name(), locale);
	}

	/** Each refusal explained, in the language of the current request. */
	public List<String> explain(List<Refusal> refusals) {
		return explain(refusals, LocaleContextHolder.getLocale());
	}

	public List<String> explain(List<Refusal> refusals, Locale locale) {
		return refusals.stream().map(refusal -> explain(refusal, locale)).toList();
	}

}
