package org.vigil.letters.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a rendered letter may hold. A template is written by an administrator but read by every
 * reviewer, inside Vigil: whatever would act in their browser — scripts (Vigil's own included, which
 * the Content-Security-Policy allows), frames, forms, event handlers, htmx attributes, a base address
 * — is taken out before the preview or the PDF sees it.
 */
final class LetterMarkup {

	private static final String ACTIVE_ELEMENTS = "script, iframe, frame, frameset, object, embed, applet, form, input, button, "
			+ "textarea, select, base, meta[http-equiv], link:not([rel=stylesheet]), link[rel=stylesheet]:not([href=/css/letter.css])";

	private LetterMarkup() {
	}

	/** The rendered letter, parsed, with anything active removed. */
	static Document clean(String html) {
		Document document = Jsoup.parse(html);
		document.select(ACTIVE_ELEMENTS).remove();
		for (Element element : document.getAllElements()) {
			for (Attribute attribute : element.attributes().asList()) {
				String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
				String value = attribute.getValue().trim().toLowerCase(java.util.Locale.ROOT);
				if (name.startsWith("on") || name.startsWith("hx-") || name.startsWith("data-hx-") || name.equals("srcdoc")
						|| value.startsWith("javascript:")) {
					element.removeAttr(attribute.getKey());
				}
			}
		}
		return document;
	}

}
