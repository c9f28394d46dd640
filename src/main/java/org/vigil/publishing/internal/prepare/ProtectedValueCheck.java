package org.vigil.publishing.internal.prepare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigil.cases.ProtectedValues;
import org.vigil.platform.Refusal;
import org.vigil.whereabouts.HidingPlaces;

/**
 * The check before a text is made public: every protected value of the case — persons' names in
 * any script and their blind-index variants, aliases, birth dates, where a person not in custody
 * is, sources' names and contacts, places of hiding — is looked for in the title, the summary and
 * the body. What it finds is said by field ("the name of person 2 (Latin script)"), never by value,
 * so that it can be shown to a reviewer who is not cleared for the case's identities.
 */
@Component
class ProtectedValueCheck {

	/** One protected field found in one part of the text. */
	record Finding(String part, String field, int ordinal, String script) {

		/** What the reviewer reads, e.g. "the name of person 2 (Latin script)". */
		String describe(MessageSource messages, Locale locale) {
			String scriptName = script == null ? "" : messages.getMessage("publishing.script." + script, null, locale);
			return messages.getMessage("publishing.field." + field, new Object[] { ordinal, scriptName }, locale);
		}

	}

	static final String HIDING_PLACE = "HIDING_PLACE";

	private final ProtectedValues values;

	private final HidingPlaces hiding;

	private final MessageSource messages;

	ProtectedValueCheck(ProtectedValues values, HidingPlaces hiding, MessageSource messages) {
		this.values = values;
		this.hiding = hiding;
		this.messages = messages;
	}

	/** What the text holds that it must not, part by part (title, summary, body); empty when it is safe to publish. */
	List<Finding> findings(UUID caseId, PublicationText text) {
		List<Finding> found = new ArrayList<>();
		for (Map.Entry<String, String> part : List.of(Map.entry("title", text.title()), Map.entry("summary", text.summary()),
				Map.entry("body", text.body()))) {
			for (ProtectedValues.Match match : values.foundIn(caseId, part.getValue())) {
				found.add(new Finding(part.getKey(), match.field().name(), match.ordinal(),
						match.script() == null ? null : match.script().name()));
			}
			int places = hiding.namedIn(caseId, part.getValue());
			if (places > 0) {
				found.add(new Finding(part.getKey(), HIDING_PLACE, places, null));
			}
		}
		return found;
	}

	/** The refusal of a text that holds a protected value: it names the part and the fields that matched. */
	Optional<Refusal> refusal(UUID caseId, PublicationText text, Locale locale) {
		List<Finding> found = findings(caseId, text);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		String part = found.get(0).part();
		String fields = String.join("; ", found.stream().map(f -> f.describe(messages, locale)).distinct().toList());
		return Optional.of(Refusal.onField(PublicationRule.PROTECTED_VALUE, part, part, fields)
			.with("matched", found.stream().map(f -> Map.of("part", f.part(), "field", f.field(), "ordinal", f.ordinal(),
					"description", f.describe(messages, locale))).toList()));
	}

	/** The warnings shown on save: what would refuse the release, described. */
	List<Warning> warnings(UUID caseId, PublicationText text, Locale locale) {
		return findings(caseId, text).stream().map(f -> new Warning(f.part(), f.field(), f.describe(messages, locale))).distinct().toList();
	}

	/** A warning on a saved text: in which part, which kind of protected field, and its description. */
	record Warning(String part, String field, String description) {
	}

}
