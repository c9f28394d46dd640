package org.vigil.cases.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.UserDirectory;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;
import org.vigil.platform.validation.CalendarDate;

/** Sharing a case with a colleague outside its team, from the case page. */
@Controller
class SharePagesController {

	private final CaseRegistry registry;

	private final CurrentViewer viewers;

	private final UserDirectory users;

	SharePagesController(CaseRegistry registry, CurrentViewer viewers, UserDirectory users) {
		this.registry = registry;
		this.viewers = viewers;
		this.users = users;
	}

	@PostMapping("/cases/{caseId}/shares")
	String share(CaseStanding standing, @RequestParam String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @CalendarDate LocalDate until,
			RedirectAttributes redirect) {
		Optional<UUID> userId = users.findEnabledUser(username);
		if (userId.isEmpty()) {
			redirect.addFlashAttribute("shareProblem", Refusal.onField(CaseRule.UNKNOWN_USER, "username").messageKey());
		}
		else {
			try {
				// "Until" a date means to the end of that day.
				registry.share(viewers.get(), standing, userId.get(),
						until == null ? null : until.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
				redirect.addFlashAttribute("shared", username);
			}
			catch (Refused refused) {
				redirect.addFlashAttribute("shareProblem", refused.refusal().messageKey());
			}
		}
		return "redirect:/cases/" + standing.caseId();
	}

}
