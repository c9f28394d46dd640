package org.vigil.appeals.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.appeals.DraftChecks;
import org.vigil.appeals.DraftChecks.Warning;
import org.vigil.cases.CaseStanding;

/**
 * The warnings on an appeal's text as it stands, compared with what Vigil generated for it (a
 * hand-written appeal is compared with nothing: only what it adds is checked). Reading them opens
 * the appeal's text, so it is audited as a read; a purged case's appeal has no text and no warning.
 */
@Service
@Transactional(readOnly = true)
class AppealWarnings {

	private final AppealRecords records;

	private final GeneratedAppeals generated;

	private final DraftChecks checks;

	AppealWarnings(AppealRecords records, GeneratedAppeals generated, DraftChecks checks) {
		this.records = records;
		this.generated = generated;
		this.checks = checks;
	}

	List<Warning> of(Viewer viewer, CaseStanding standing, UUID appealId, Locale locale) {
		AppealView appeal = records.read(viewer, standing, appealId);
		return of(appeal, locale);
	}

	/** The warnings of an appeal already read. */
	List<Warning> of(AppealView appeal, Locale locale) {
		if (appeal.purged()) {
			return List.of();
		}
		String was = generated.find(appeal.caseId(), appeal.id()).map(g -> text(g.generated())).orElse(null);
		return checks.check(appeal.caseId(), was, text(appeal.content()), locale);
	}

	/** Subject, asks and body as one text, which the checks read. */
	static String text(AppealContent content) {
		return Stream.of(content.subject(), content.asks(), content.body()).filter(Objects::nonNull)
			.collect(Collectors.joining("\n\n"));
	}

}
