package org.vigil.urgency.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.vigil.platform.Refusal;
import org.vigil.urgency.internal.UrgencySettings.OnwardReturn;

/**
 * The thresholds and lists as the administrator's form sends them, with the edge checks of each:
 * numbers within their documented range, lists of at most {@value #MAX_LINES} lines of clean text,
 * onward returns as two different country codes per line.
 */
public class SettingsForm {

	static final int MAX_LINES = 50;

	static final int MAX_LINE = 200;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private Integer borderKm;

	private Integer transferWindowDays;

	private Integer silenceDays;

	private Integer dormantDays;

	private Integer staleReportDays;

	private Integer escalateAfterMinutes;

	private String onwardReturns;

	private String handoverCustodians;

	private Long version;

	static SettingsForm of(SettingsStore.Versioned current) {
		UrgencySettings s = current.settings();
		SettingsForm form = new SettingsForm();
		form.borderKm = s.borderKm();
		form.transferWindowDays = s.transferWindowDays();
		form.silenceDays = s.silenceDays();
		form.dormantDays = s.dormantDays();
		form.staleReportDays = s.staleReportDays();
		form.escalateAfterMinutes = s.escalateAfterMinutes();
		form.onwardReturns = s.onwardReturns().stream().map(o -> o.from() + " " + o.to()).collect(Collectors.joining("\n"));
		form.handoverCustodians = String.join("\n", s.handoverCustodians());
		form.version = current.version();
		return form;
	}

	/** Every field that is wrong, each with its reason; empty when the form can be saved. */
	List<Refusal> problems() {
		List<Refusal> problems = new ArrayList<>();
		range("borderKm", borderKm, 1, 1000).ifPresent(problems::add);
		range("transferWindowDays", transferWindowDays, 1, 90).ifPresent(problems::add);
		range("silenceDays", silenceDays, 1, 365).ifPresent(problems::add);
		range("dormantDays", dormantDays, 1, 3650).ifPresent(problems::add);
		range("staleReportDays", staleReportDays, 1, 365).ifPresent(problems::add);
		range("escalateAfterMinutes", escalateAfterMinutes, 5, 10080).ifPresent(problems::add);
		if (silenceDays != null && dormantDays != null && dormantDays < silenceDays && problems.isEmpty()) {
			problems.add(Refusal.onField(UrgencyRule.URGENCY_DORMANT_BEFORE_SILENCE, "dormantDays", silenceDays));
		}
		lines("onwardReturns", onwardReturns).ifPresentOrElse(problems::add, () -> onwardProblem().ifPresent(problems::add));
		lines("handoverCustodians", handoverCustodians).ifPresent(problems::add);
		return problems;
	}

	/** The settings the form says; only once {@link #problems()} found none. */
	UrgencySettings settings() {
		List<OnwardReturn> onward = split(onwardReturns).stream()
			.map(line -> line.toUpperCase(Locale.ROOT).split("\\s+"))
			.map(pair -> new OnwardReturn(pair[0], pair[1]))
			.distinct()
			.toList();
		return new UrgencySettings(borderKm, transferWindowDays, silenceDays, dormantDays, staleReportDays, escalateAfterMinutes, onward,
				split(handoverCustodians).stream().distinct().toList());
	}

	private Optional<Refusal> onwardProblem() {
		for (String line : split(onwardReturns)) {
			String[] pair = line.toUpperCase(Locale.ROOT).split("\\s+");
			if (pair.length != 2 || !COUNTRIES.contains(pair[0]) || !COUNTRIES.contains(pair[1]) || pair[0].equals(pair[1])) {
				return Optional.of(Refusal.onField(UrgencyRule.URGENCY_ONWARD_RETURN_INVALID, "onwardReturns", line));
			}
		}
		return Optional.empty();
	}

	private static Optional<Refusal> range(String field, Integer value, int min, int max) {
		if (value == null) {
			return Optional.of(Refusal.onField(UrgencyRule.URGENCY_VALUE_REQUIRED, field));
		}
		if (value < min || value > max) {
			return Optional.of(Refusal.onField(UrgencyRule.URGENCY_NUMBER_OUT_OF_RANGE, field, min, max));
		}
		return Optional.empty();
	}

	/** A list: at most so many lines, each short (control characters were refused at the edge, by {@code AcceptedText}). */
	private static Optional<Refusal> lines(String field, String text) {
		List<String> lines = split(text);
		if (lines.size() > MAX_LINES) {
			return Optional.of(Refusal.onField(UrgencyRule.URGENCY_TOO_MANY_LINES, field, MAX_LINES));
		}
		if (lines.stream().anyMatch(line -> line.length() > MAX_LINE)) {
			return Optional.of(Refusal.onField(UrgencyRule.URGENCY_TEXT_TOO_LONG, field, MAX_LINE));
		}
		return Optional.empty();
	}

	static List<String> split(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("\r?\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	public Integer getBorderKm() {
		return borderKm;
	}

	public void setBorderKm(Integer borderKm) {
		this.borderKm = borderKm;
	}

	public Integer getTransferWindowDays() {
		return transferWindowDays;
	}

	public void setTransferWindowDays(Integer transferWindowDays) {
		this.transferWindowDays = transferWindowDays;
	}

	public Integer getSilenceDays() {
		return silenceDays;
	}

	public void setSilenceDays(Integer silenceDays) {
		this.silenceDays = silenceDays;
	}

	public Integer getDormantDays() {
		return dormantDays;
	}

	public void setDormantDays(Integer dormantDays) {
		this.dormantDays = dormantDays;
	}

	public Integer getStaleReportDays() {
		return staleReportDays;
	}

	public void setStaleReportDays(Integer staleReportDays) {
		this.staleReportDays = staleReportDays;
	}

	public Integer getEscalateAfterMinutes() {
		return escalateAfterMinutes;
	}

	public void setEscalateAfterMinutes(Integer escalateAfterMinutes) {
		this.escalateAfterMinutes = escalateAfterMinutes;
	}

	public String getOnwardReturns() {
		return onwardReturns;
	}

	public void setOnwardReturns(String onwardReturns) {
		this.onwardReturns = onwardReturns;
	}

	public String getHandoverCustodians() {
		return handoverCustodians;
	}

	public void setHandoverCustodians(String handoverCustodians) {
		this.handoverCustodians = handoverCustodians;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
