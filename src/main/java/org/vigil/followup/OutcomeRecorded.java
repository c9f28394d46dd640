package org.vigil.followup;

import java.util.UUID;

import org.vigil.cases.Outcome;

/**
 * What became of an appeal and of the people of its case was recorded at follow-up. Ids and codes only.
 *
 * @param appealStatus the appeal's status after HURIDOCS MT45 ({@code NO_RESPONSE}, {@code ACKNOWLEDGED}, …)
 * @param dangerEnded whether the outcome ends the danger (released, reached safety): the case's tasks were closed
 */
public record OutcomeRecorded(UUID caseId, UUID appealId, String appealStatus, Outcome caseOutcome, boolean dangerEnded) {
}
