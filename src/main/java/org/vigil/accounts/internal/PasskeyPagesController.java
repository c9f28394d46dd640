package org.vigil.accounts.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.Reauthentication;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;

/**
 * The signed-in user's own passkeys: adding one and removing one. The adding ceremony runs in the
 * browser (static/js/passkeys.js) against Spring Security's {@code /webauthn/register/options} and
 * {@code /webauthn/register}, which act only for the session's user; removing takes the password
 * and touches only the session's user's own passkeys. This page shows no one else's.
 */
@Controller
class PasskeyPagesController {

	private final Passkeys passkeys;

	private final PasskeyRule rule;

	private final Reauthentication reauthentication;

	private final AuditLog audit;

	PasskeyPagesController(Passkeys passkeys, PasskeyRule rule, Reauthentication reauthentication, AuditLog audit) {
		this.passkeys = passkeys;
		this.rule = rule;
		this.reauthentication = reauthentication;
		this.audit = audit;
	}

	@GetMapping("/passkeys")
	String page(Authentication authentication, HttpServletRequest request, Model model) {
		VigilPrincipal user = (VigilPrincipal) authentication.getPrincipal();
		model.addAttribute("passkeys", passkeys.of(user.getUsername()));
		// "?required": sent here because a passkey is owed; "?added": just registered.
		model.addAttribute("required", request.getParameterMap().containsKey("required") || rule.owed(user));
		model.addAttribute("added", request.getParameterMap().containsKey("added"));
		return "accounts/passkeys";
	}

	/**
	 * Removes one of the user's passkeys (one that was lost, or replaced) after the password. The
	 * session in which it is removed keeps what it proved at sign-in; the next sign-in needs
	 * another passkey where one is required.
	 */
	@PostMapping("/passkeys/remove")
	String remove(@RequestParam(defaultValue = "") String credential, @RequestParam(defaultValue = "") String password,
			Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
		VigilPrincipal user = (VigilPrincipal) authentication.getPrincipal();
		if (!reauthentication.confirmPassword(password.toCharArray(), "passkey-removal")) {
			audit.record(AuditEvent.of(user.getUsername(), "passkey.removed", "user", user.userId(), request.getRemoteAddr())
				.withOutcome(AuditEvent.FAILED)
				.withDetails(Map.of("reason", "password not confirmed")));
			redirect.addFlashAttribute("problem", "passkey.removeRefused");
			return "redirect:/passkeys";
		}
		if (passkeys.remove(user.getUsername(), credential)) {
			audit.record(AuditEvent.of(user.getUsername(), "passkey.removed", "user", user.userId(), request.getRemoteAddr()));
			redirect.addFlashAttribute("removed", true);
		}
		else {
			redirect.addFlashAttribute("problem", "passkey.notYours");
		}
		return "redirect:/passkeys";
	}

}
