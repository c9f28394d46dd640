package org.vigil.followup.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.dispatch.DispatchFigures;
import org.vigil.platform.Refusal;

/**
 * What the appeals achieve, for directors (reviewers and administrators): appeals sent per month,
 * answered by state and by addressee, the median days from a case's opening to its appeal and from
 * the appeal to its reply, the replies by the impact officers judged (HURIDOCS MT44), and the outcomes by
 * country of custody. Every figure is a count or a median
 * worked out in the database; no chart names a case, a reference or a person.
 *
 * <p>The four charts of letters and replies count a row per appeal (hundreds of thousands of them), so
 * they are kept, once counted, while dispatch's {@link DispatchFigures#revision()} stays the same — a
 * letter out or a reply attached is seen at the next request — and for {@link #KEPT_AT_MOST} at most,
 * which bounds what the revision does not follow (a case moved to another country of custody; two
 * writes committed in the opposite order to their revisions). The impact and the outcomes are counted
 * on each request: an officer's judgement and a recorded outcome show at once.
 */
@Component
class AppealReport {

	static final int MONTHS = 24;

	static final int ADDRESSEES = 20;

	/** The charts by their name, in the order the page shows them. */
	static final List<String> CHARTS = List.of("sent-per-month", "answered-by-state", "answered-by-addressee", "medians", "impact",
			"outcomes");

	/** The charts kept while the revision stays the same, each for this long at most. */
	static final Duration KEPT_AT_MOST = Duration.ofMinutes(5);

	private static final List<String> OF_LETTERS = List.of("sent-per-month", "answered-by-state", "answered-by-addressee", "medians");

	private final DispatchFigures figures;

	private final JdbcClient jdbc;

	private final FollowupClock clock;

	private final AtomicReference<Kept> kept = new AtomicReference<>();

	AppealReport(DispatchFigures figures, JdbcClient jdbc, FollowupClock clock) {
		this.figures = figures;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Charts counted at a revision of dispatch's figures, at a time. */
	private record Kept(long revision, Instant countedAt, Map<String, BarChart> charts) {
	}

	static Optional<Refusal> refusedTo(Viewer viewer) {
		return viewer.has(Role.REVIEWER) || viewer.has(Role.ADMINISTRATOR) ? Optional.empty()
				: Optional.of(Refusal.of(FollowupRule.REPORT_FOR_DIRECTORS));
	}

	List<BarChart> charts() {
		Map<String, BarChart> letters = kept();
		return CHARTS.stream().map(id -> letters.containsKey(id) ? letters.get(id) : counted(id)).toList();
	}

	/** The chart of that name; {@code null} for a name of none. */
	BarChart chart(String id) {
		return OF_LETTERS.contains(id) ? kept().get(id) : counted(id);
	}

	/** The charts of letters and replies as kept, counted again when dispatch's figures changed or they are too old. */
	private Map<String, BarChart> kept() {
		// The revision is read before counting: a change committed meanwhile makes the next request count again.
		long revision = figures.revision();
		Instant now = clock.now();
		Kept last = kept.get();
		if (last != null && last.revision() == revision && now.isBefore(last.countedAt().plus(KEPT_AT_MOST))
				&& !now.isBefore(last.countedAt())) {
			return last.charts();
		}
		Map<String, BarChart> charts = new LinkedHashMap<>();
		OF_LETTERS.forEach(id -> charts.put(id, counted(id)));
		kept.set(new Kept(revision, now, charts));
		return charts;
	}

	private BarChart counted(String id) {
		return switch (id) {
			case "sent-per-month" -> BarChart.of(id, "report.month", List.of("report.sent"), figures.sentPerMonth(MONTHS).stream()
				.map(c -> new BarChart.Labelled(c.label(), List.of(c.count()))).toList());
			case "answered-by-state" -> answered(id, "report.state", figures.answeredByState());
			case "answered-by-addressee" -> answered(id, "report.addressee", figures.answeredByAddressee(ADDRESSEES));
			case "medians" -> medians(id);
			case "impact" -> BarChart.of(id, "report.impact", List.of("report.replies"), figures.repliesByImpact().stream()
				.map(c -> new BarChart.Labelled(c.label() == null ? "dispatch.impact.notJudged" : "dispatch.impact." + c.label(),
						List.<Number>of(c.count())))
				.toList()).withLabelKeys();
			case "outcomes" -> outcomes(id);
			default -> null;
		};
	}

	private static BarChart answered(String id, String labelColumn, List<DispatchFigures.Answered> rows) {
		return BarChart.of(id, labelColumn, List.of("report.sent", "report.answered"),
				rows.stream().map(a -> new BarChart.Labelled(a.label(), List.of(a.sent(), a.answered()))).toList());
	}

	private BarChart medians(String id) {
		DispatchFigures.Medians m = figures.medians();
		return BarChart.of(id, "report.interval", List.of("report.days"), List.of(
				new BarChart.Labelled("report.openingToDispatch", List.of(round(m.openingToDispatchDays()))),
				new BarChart.Labelled("report.dispatchToReply", List.of(round(m.dispatchToReplyDays()))))).withLabelKeys();
	}

	/** Each case with an outcome recorded for one of its appeals counts once, with its own outcome (the case form's). */
	private BarChart outcomes(String id) {
		List<BarChart.Labelled> rows = jdbc.sql("""
				select c.country_of_custody || ' · ' || c.outcome, count(*) from cases c
				where c.outcome is not null and exists (select 1 from followup_outcomes o where o.case_id = c.id)
				group by c.country_of_custody, c.outcome order by c.country_of_custody, c.outcome""")
			.query((rs, i) -> new BarChart.Labelled(rs.getString(1), List.of(rs.getLong(2)))).list();
		return BarChart.of(id, "report.countryAndOutcome", List.of("report.cases"), rows);
	}

	private static Number round(Double days) {
		return days == null ? 0 : Math.round(days * 10) / 10.0;
	}

}
