package org.vigil.law.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.vigil.law.CaseLegalFacts;
import org.vigil.law.Obligation;

/** The shipped data and messages, without Spring: what the plain tests of the law module run on. */
final class LawFixtures {

	static final ParticipationTable SHIPPED = new ParticipationTable(ShippedData.participation());

	static final ResourceBundleMessageSource MESSAGES = messages();

	static final ObligationsEngine ENGINE = new ObligationsEngine(SHIPPED::of, ShippedData.instruments(), ShippedData.findings(),
			MESSAGES);

	private LawFixtures() {
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/law");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static List<Obligation> obligations(CaseLegalFacts facts) {
		return ENGINE.obligations(facts, Locale.ENGLISH);
	}

	/** An obligation in one line: state, instrument, article, status, since, strength, and "unverified" when so. */
	static String line(Obligation o) {
		return String.join(" ", o.state(), o.instrument(), o.article() == null ? "-" : o.article(), o.status(),
				o.since() == null ? "-" : o.since().toString(), o.strength().name()) + (o.verified() ? "" : " unverified");
	}

	static List<String> lines(CaseLegalFacts facts) {
		return obligations(facts).stream().map(LawFixtures::line).toList();
	}

}
