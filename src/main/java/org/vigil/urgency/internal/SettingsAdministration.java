package org.vigil.urgency.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigil.accounts.Viewer;
import org.vigil.platform.EditRule;
import org.vigil.platform.Refusal;
import org.vigil.urgency.internal.SettingsStore.TeamMail;
import org.vigil.urgency.internal.SettingsStore.Versioned;

/**
 * An administrator changing the rules' thresholds and lists, or where a team's alerts go. Each
 * change names the version it was made on (a change on an older one is refused and says what is
 * saved now), is in the audit log with every value before and after, and — for the thresholds —
 * has every followed case assessed again.
 */
@Service
class SettingsAdministration {

	/** An email address as far as Vigil checks one: something, an at sign, a domain; no spaces. */
	private static final Pattern ADDRESS = Pattern.compile("[^\\s@]+@[^\\s@]+");

	static final int MAX_ADDRESS = 254;

	/** One value that differs between what is saved and what was sent, as the conflict notice shows it. */
	record SettingChange(String field, String from, String to) {

		public boolean isProtected() {
			return false;
		}

	}

	private final SettingsStore store;

	private final UrgencyAudit audit;

	private final ApplicationEventPublisher events;

	private final UrgencyClock clock;

	SettingsAdministration(SettingsStore store, UrgencyAudit audit, ApplicationEventPublisher events, UrgencyClock clock) {
		this.store = store;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The form's problems, or a stale edit, or nothing when the settings were saved. */
	@Transactional
	public List<Refusal> change(Viewer viewer, SettingsForm form) {
		List<Refusal> problems = form.problems();
		if (!problems.isEmpty()) {
			return problems;
		}
		if (form.getVersion() == null) {
			return List.of(EditRule.versionRequired());
		}
		Versioned current = store.current();
		UrgencySettings wanted = form.settings();
		if (current.version() != form.getVersion()) {
			return List.of(EditRule.stale(current.version(), changes(wanted, current.settings())));
		}
		List<SettingChange> changes = changes(current.settings(), wanted);
		if (changes.isEmpty()) {
			return List.of();
		}
		if (!store.save(wanted, current.version(), viewer.username(), clock.now())) {
			Versioned now = store.current();
			return List.of(EditRule.stale(now.version(), changes(wanted, now.settings())));
		}
		Map<String, String> details = new LinkedHashMap<>();
		changes.forEach(change -> details.put(change.field(), change.from() + " → " + change.to()));
		audit.record(viewer, "urgency.settings-changed", "urgency-settings", "1", details);
		events.publishEvent(new UrgencySettingsChanged(current.version() + 1));
		return List.of();
	}

	/** Sets where a team's alerts go (blank: nowhere); a refusal, or nothing when saved. */
	@Transactional
	public Optional<Refusal> changeTeamMail(Viewer viewer, UUID teamId, String alertAddress, String reviewerAddress, Long version) {
		Optional<Refusal> problem = address("alertAddress", alertAddress).or(() -> address("reviewerAddress", reviewerAddress));
		if (problem.isPresent()) {
			return problem;
		}
		if (version == null) {
			return Optional.of(EditRule.versionRequired());
		}
		String alert = blankToNull(alertAddress);
		String reviewer = blankToNull(reviewerAddress);
		TeamMail before = store.teamMail(teamId);
		if (before.version() != version || !store.saveTeamMail(teamId, alert, reviewer, version, viewer.username(), clock.now())) {
			TeamMail now = store.teamMail(teamId);
			List<SettingChange> changes = new ArrayList<>();
			change(changes, "alertAddress", alert, now.alertAddress());
			change(changes, "reviewerAddress", reviewer, now.reviewerAddress());
			return Optional.of(EditRule.stale(now.version(), changes));
		}
		Map<String, String> details = new LinkedHashMap<>();
		details.put("alertAddress", before.alertAddress() + " → " + alert);
		details.put("reviewerAddress", before.reviewerAddress() + " → " + reviewer);
		audit.record(viewer, "urgency.team-mail-changed", "team", teamId, details);
		return Optional.empty();
	}

	private static Optional<Refusal> address(String field, String value) {
		String address = blankToNull(value);
		if (address == null) {
			return Optional.empty();
		}
		if (address.length() > MAX_ADDRESS) {
			return Optional.of(Refusal.onField(UrgencyRule.URGENCY_TEXT_TOO_LONG, field, MAX_ADDRESS));
		}
		// No white space, so no line break either: the edge (AcceptedText) refused every other control character.
		return ADDRESS.matcher(address).matches() ? Optional.empty() : Optional.of(Refusal.onField(UrgencyRule.URGENCY_ADDRESS_INVALID, field));
	}

	/** What differs from {@code from} to {@code to}, field by field, as the form names the fields. */
	static List<SettingChange> changes(UrgencySettings from, UrgencySettings to) {
		List<SettingChange> changes = new ArrayList<>();
		change(changes, "borderKm", from.borderKm(), to.borderKm());
		change(changes, "transferWindowDays", from.transferWindowDays(), to.transferWindowDays());
		change(changes, "silenceDays", from.silenceDays(), to.silenceDays());
		change(changes, "dormantDays", from.dormantDays(), to.dormantDays());
		change(changes, "staleReportDays", from.staleReportDays(), to.staleReportDays());
		change(changes, "escalateAfterMinutes", from.escalateAfterMinutes(), to.escalateAfterMinutes());
		change(changes, "onwardReturns", onward(from), onward(to));
		change(changes, "handoverCustodians", String.join("; ", from.handoverCustodians()), String.join("; ", to.handoverCustodians()));
		return changes;
	}

	private static String onward(UrgencySettings settings) {
		return String.join("; ", settings.onwardReturns().stream().map(o -> o.from() + " " + o.to()).toList());
	}

	private static void change(List<SettingChange> changes, String field, Object from, Object to) {
		if (!Objects.equals(from, to)) {
			changes.add(new SettingChange(field, Objects.toString(from, ""), Objects.toString(to, "")));
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
