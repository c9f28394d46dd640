package org.vigil.urgency.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The whereabouts module's facts, as the urgency rules read them.
 *
 * <p>TODO(merge with whereabouts): answer from {@code org.vigil.whereabouts.WhereaboutsFacts#of(caseId)}:
 * <ul>
 * <li>{@code custody}: each {@code CustodyFact} with {@code current()}, as {@link KnownWhereabouts.HeldNow}
 * (place from its {@code PlaceRef}: name, admin1, country, lat, lon; certainty by name; reliability as it is);</li>
 * <li>{@code transfers}: each {@code TransferFact}, as {@link KnownWhereabouts.ExpectedMove}, with
 * {@code expected().earliest()} as the earliest day and {@code receivingState} as it is;</li>
 * <li>{@code lastReportedAt} as it is.</li>
 * </ul>
 * and annotate in {@link UrgencyListeners} a method {@code @ApplicationModuleListener void on(WhereaboutsChanged changed)}
 * that calls {@code reassessment.reassess(changed.caseId())}. Until then no whereabouts are known,
 * and every open case is assessed from the case alone.
 */
@Component
class WhereaboutsAdapter implements WhereaboutsSource {

	@Override
	public KnownWhereabouts of(UUID caseId) {
		return KnownWhereabouts.none();
	}

}
