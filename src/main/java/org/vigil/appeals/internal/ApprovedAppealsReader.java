package org.vigil.appeals.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.appeals.AppealStatus;
import org.vigil.appeals.ApprovedAppeal;
import org.vigil.appeals.ApprovedAppeals;

/** Answers {@link ApprovedAppeals} from the stored appeals, opening the text of approved ones only. */
@Service
@Transactional(readOnly = true)
class ApprovedAppealsReader implements ApprovedAppeals {

	private final AppealRepository appeals;

	private final AppealText text;

	private final JdbcClient jdbc;

	ApprovedAppealsReader(AppealRepository appeals, AppealText text, JdbcClient jdbc) {
		this.appeals = appeals;
		this.text = text;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<AppealStatus> holdStatus(UUID caseId, UUID appealId) {
		// SQL rather than the entity: a row already loaded in this transaction would answer its old state.
		return jdbc.sql("select status from appeals where id = :id and case_id = :case for share")
			.param("id", appealId).param("case", caseId).query(String.class).optional().map(AppealStatus::valueOf);
	}

	@Override
	public Optional<AppealStatus> statusOf(UUID caseId, UUID appealId) {
		return appeals.findByIdAndCaseId(appealId, caseId).map(Appeal::status);
	}

	@Override
	public Optional<ApprovedAppeal> find(UUID caseId, UUID appealId) {
		return appeals.findByIdAndCaseId(appealId, caseId).flatMap(a -> approved(a, text));
	}

	/**
	 * The appeal read already, with its text open, if it is approved: for a caller in this module
	 * that needs the stored appeal as well, so that it is read once.
	 * @throws org.vigil.vault.KeyDestroyedException when the case was purged
	 */
	static Optional<ApprovedAppeal> approved(Appeal a, AppealText text) {
		if (a.status() != AppealStatus.APPROVED) {
			return Optional.empty();
		}
		AppealContent open = text.open(a.caseId(), a.id(), a.sealedContent());
		return Optional.of(new ApprovedAppeal(a.id(), a.caseId(), ApprovedAppeal.referenceOf(a.id()), open.addressee(), open.language(),
				open.subject(), open.asks(), open.body(), a.approvedBy(), a.approvedAt()));
	}

}
