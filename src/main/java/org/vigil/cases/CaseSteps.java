package org.vigil.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Steps another module took on a case — an appeal drafted, submitted, returned, approved — for the
 * case's history, which shows them among the changes to the case's own records. A module that
 * keeps such steps publishes a bean of this type.
 */
public interface CaseSteps {

	/** The steps taken on the case, in any order; never anything protected. */
	List<Step> of(UUID caseId);

	/**
	 * @param by the user name of whoever took the step
	 * @param recordType what the step was taken on, e.g. {@code appeal}
	 * @param recordLabel how the history names that record, e.g. an appeal's addressee; never protected
	 * @param action the step, e.g. {@code submitted}: the history says {@code history.ACTION.RECORDTYPE} from the message bundles
	 */
	record Step(Instant at, String by, String recordType, UUID recordId, String recordLabel, String action) {
	}

}
