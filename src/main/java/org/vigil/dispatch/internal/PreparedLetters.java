package org.vigil.dispatch.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigil.appeals.ApprovedAppeal;
import org.vigil.appeals.ApprovedAppeals;
import org.vigil.cases.CaseDirectory;
import org.vigil.cases.VisibleCase;

/**
 * What every email of one appeal's dispatch carries: the approved appeal, the case's reference and
 * the letter's PDF. The appeal is read for each letter — so that a letter withdrawn from approval, or
 * of a case purged since, never goes out — but the case's reference and the PDF, which take the
 * letter's whole layout, its signatories, partners and kept PDF to find (a quarter of the server's
 * CPU a letter, JFR, issue 12), are kept for {@link #KEPT} after the first letter of a burst, for
 * letters of the same approved text. A template or signature changed within that time reaches the
 * letters sent after it, at most {@link #KEPT} later.
 */
@Component
class PreparedLetters {

	/** How long a letter's parts serve the letters sent after it. */
	static final Duration KEPT = Duration.ofSeconds(30);

	/** Appeals kept at once; the oldest is forgotten beyond that. */
	private static final int MAX_KEPT = 16;

	/** The parts of one appeal's letter, as its email carries them. */
	record Prepared(ApprovedAppeal appeal, String caseReference, Optional<byte[]> pdf) {
	}

	private record Kept(Prepared prepared, Instant until) {
	}

	private final ApprovedAppeals appeals;

	private final CaseDirectory cases;

	private final LetterFiles letters;

	private final Map<ApprovedAppeal, Kept> kept = new LinkedHashMap<>();

	PreparedLetters(ApprovedAppeals appeals, CaseDirectory cases, LetterFiles letters) {
		this.appeals = appeals;
		this.cases = cases;
		this.letters = letters;
	}

	/**
	 * The letter of the appeal as it goes out now; empty when the appeal is no longer approved.
	 * @throws org.vigil.vault.KeyDestroyedException when the case was purged
	 */
	Optional<Prepared> of(UUID caseId, UUID appealId) {
		Optional<ApprovedAppeal> found = appeals.find(caseId, appealId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ApprovedAppeal appeal = found.get();
		Instant now = Instant.now();
		synchronized (kept) {
			Kept one = kept.get(appeal);
			if (one != null && now.isBefore(one.until())) {
				return Optional.of(one.prepared());
			}
		}
		String reference = cases.describe(caseId).map(VisibleCase::reference).orElse("");
		Prepared prepared = new Prepared(appeal, reference, letters.pdf(caseId, appealId));
		synchronized (kept) {
			kept.values().removeIf(old -> !now.isBefore(old.until()));
			kept.remove(appeal);
			if (kept.size() >= MAX_KEPT) {
				kept.remove(kept.keySet().iterator().next());
			}
			kept.put(appeal, new Kept(prepared, now.plus(KEPT)));
		}
		return Optional.of(prepared);
	}

}
