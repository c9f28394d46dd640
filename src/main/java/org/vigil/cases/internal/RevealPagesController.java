package org.vigil.cases.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Reauthentication;
import org.vigil.accounts.UserDirectory;
import org.vigil.accounts.Viewer;
import org.vigil.cases.CaseStanding;
import org.vigil.platform.Refusal;
import org.vigil.platform.Refused;
import org.vigil.platform.validation.CalendarDate;

/**
 * Revealing the identities recorded in a case: a stated reason, and the password again when the
 * last check is not recent. Whoever was sent here on the way to something — a person's form, a
 * source's — goes back there afterwards ({@code continue}, a page of the same case).
 */
@Controller
@RequestMapping("/cases/{caseId}")
class RevealPagesController {

	private final IdentityReveals reveals;

	private final CurrentViewer viewers;

	private final Reauthentication reauthentication;

	private final UserDirectory users;

	RevealPagesController(IdentityReveals reveals, CurrentViewer viewers, Reauthentication reauthentication, UserDirectory users) {
		this.reveals = reveals;
		this.viewers = viewers;
		this.reauthentication = reauthentication;
		this.users = users;
	}

	@GetMapping("/reveal")
	String form(CaseStanding standing, @RequestParam(name = "continue", required = false) String continueTo, Model model) {
		Viewer viewer = viewers.get();
		String target = ContinueTarget.within(standing.caseId(), continueTo);
		model.addAttribute("caseFile", standing.visibleCase());
		model.addAttribute("continueTo", target);
		// Confirming with the passkey comes back here, still on the way to the target.
		model.addAttribute("passkeyNext", ContinueTarget.revealThenBackTo(standing.caseId(), target));
		model.addAttribute("permitted", reveals.holdsIdentityPermission(viewer, standing));
		model.addAttribute("needsPasskey", !reveals.hasPasskey(viewer));
		model.addAttribute("needsPasskeySignIn", !reveals.signedInWithPasskey(viewer));
		model.addAttribute("needsPassword", !reauthentication.isRecent(IdentityAccess.FRESH_CHECK));
		model.addAttribute("minutes", IdentityAccess.REVEAL_LASTS.toMinutes());
		return "cases/reveal";
	}

	@PostMapping("/reveal")
	String reveal(CaseStanding standing, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String password, @RequestParam(name = "continue", required = false) String continueTo,
			Model model, RedirectAttributes redirect) {
		Viewer viewer = viewers.get();
		if (!reauthentication.isRecent(IdentityAccess.FRESH_CHECK) && !reauthentication.confirmPassword(password.toCharArray(), IdentityAccess.REVEAL_CHECK)) {
			model.addAttribute("problem", Refusal.onField(CaseRule.WRONG_PASSWORD, "password").messageKey());
			model.addAttribute("reason", reason);
			return form(standing, continueTo, model);
		}
		try {
			reveals.revealIdentities(viewer, standing, reason);
		}
		catch (Refused refused) {
			model.addAttribute("problem", refused.refusal().messageKey());
			return form(standing, continueTo, model);
		}
		redirect.addFlashAttribute("revealed", true);
		return "redirect:" + ContinueTarget.within(standing.caseId(), continueTo);
	}

}
