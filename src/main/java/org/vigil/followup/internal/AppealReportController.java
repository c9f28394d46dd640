package org.vigil.followup.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.vigil.accounts.CurrentViewer;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;

/**
 * The directors' page, {@code /reports/appeals}: each chart of {@link AppealReport} drawn as SVG on
 * the server (no script), its numbers in a table beside it, and a CSV of each. For reviewers and
 * administrators ({@code 403} otherwise).
 */
@Controller
class AppealReportController {

	private final AppealReport report;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	AppealReportController(AppealReport report, CurrentViewer viewers, MessageSource messages) {
		this.report = report;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/reports/appeals")
	String page(Model model) {
		refuseUnlessDirector();
		model.addAttribute("charts", report.charts());
		return "followup/report";
	}

	@GetMapping("/reports/appeals/{chart}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String chart) {
		refuseUnlessDirector();
		BarChart found = AppealReport.CHARTS.contains(chart) ? report.chart(chart) : null;
		if (found == null) {
			throw new NotFoundException("Chart");
		}
		Locale locale = LocaleContextHolder.getLocale();
		StringBuilder csv = new StringBuilder(cell(messages.getMessage(found.labelColumn(), null, locale)));
		found.columns().forEach(c -> csv.append(',').append(cell(messages.getMessage(c, null, locale))));
		csv.append("\r\n");
		for (BarChart.Row row : found.rows()) {
			csv.append(cell(found.labelKeys() ? messages.getMessage(row.label(), null, locale) : row.label()));
			row.values().forEach(v -> csv.append(',').append(v));
			csv.append("\r\n");
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("vigil-" + chart + ".csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private void refuseUnlessDirector() {
		Optional<Refusal> refused = AppealReport.refusedTo(viewers.get());
		if (refused.isPresent()) {
			throw refused.get().toException();
		}
	}

	/** A CSV cell, quoted; a leading =, +, - or @ is defused so that a spreadsheet never runs it as a formula. */
	private static String cell(String text) {
		String safe = text == null ? "" : text;
		if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		return '"' + safe.replace("\"", "\"\"") + '"';
	}

}
