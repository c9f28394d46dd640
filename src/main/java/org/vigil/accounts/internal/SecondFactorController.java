package org.vigil.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.audit.AuditEvent;
import org.vigil.audit.AuditLog;

/**
 * The second step of signing in, and enrolling the authenticator that it needs. Every action
 * concerns the user of the session and no one else: there is no user parameter to tamper with.
 * A user who has a confirmed factor cannot enrol another from a session; an administrator's
 * "revoke everything" is the only way to start again.
 */
@Controller
@RequestMapping("/second-factor")
class SecondFactorController {

	private final SecondFactors factors;

	private final AccountUserDetailsService lockout;

	private final AuditLog audit;

	private final Passkeys passkeys;

	private final PasskeyRule passkeyRule;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorController(SecondFactors factors, Passkeys passkeys, PasskeyRule passkeyRule, AccountUserDetailsService lockout,
			AuditLog audit) {
		this.factors = factors;
		this.passkeys = passkeys;
		this.passkeyRule = passkeyRule;
		this.lockout = lockout;
		this.audit = audit;
	}

	@GetMapping
	String prompt(Authentication authentication, Model model) {
		VigilPrincipal user = (VigilPrincipal) authentication.getPrincipal();
		if (!SignInFactors.awaitsSecondFactor(authentication)) {
			return "redirect:/cases";
		}
		if (!factors.isEnrolled(user.userId())) {
			return "redirect:/second-factor/enrol";
		}
		offerFactors(user, model);
		return "accounts/second-factor";
	}

	/**
	 * Someone with a passkey may use it instead of a code (PasskeySecondStep, /login/webauthn);
	 * someone who must use it (see {@link PasskeyRule}) is offered no code field, only the passkey
	 * and, for a lost device, a recovery code.
	 */
	private void offerFactors(VigilPrincipal user, Model model) {
		model.addAttribute("passkey", passkeys.registered(user.getUsername()));
		model.addAttribute("passkeyOnly", passkeyRule.passkeyOnly(user));
		model.addAttribute("next", "/cases");
		model.addAttribute("confirming", false);
	}

	/**
	 * For a signed-in user whose session was completed without the passkey (by a recovery code, or
	 * before the passkey was registered) and who now needs it: administration pages and revealing
	 * identities. The passkey step adds the factor to the same session.
	 */
	@GetMapping("/passkey")
	String confirmWithPasskey(@RequestParam(defaultValue = "/cases") String next, Authentication authentication, Model model) {
		VigilPrincipal user = (VigilPrincipal) authentication.getPrincipal();
		if (SignInFactors.awaitsSecondFactor(authentication)) {
			return "redirect:/second-factor";
		}
		if (!passkeys.registered(user.getUsername())) {
			return "redirect:/passkeys?required";
		}
		model.addAttribute("passkey", true);
		model.addAttribute("passkeyOnly", true);
		model.addAttribute("confirming", true);
		model.addAttribute("next", localPath(next));
		return "accounts/second-factor";
	}

	/**
	 * Only a path on this site, so that the page cannot be made to send anyone elsewhere. Browsers
	 * drop tabs and line breaks from an address, so {@code "/\t/host"} would lead to {@code //host}:
	 * no control character passes either.
	 */
	static String localPath(String next) {
		return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
				&& next.chars().noneMatch(c -> c < 0x20 || c == 0x7f) ? next : "/cases";
	}

	@PostMapping
	String check(@RequestParam(defaultValue = "") String code, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		VigilPrincipal user = (VigilPrincipal) authentication.getPrincipal();
		if (!SignInFactors.awaitsSecondFactor(authentication)) {
			return "redirect:/cases";
		}
		SecondFactors.Check result = factors.check(user.userId(), code);
		String address = request.getRemoteAddr();
		if (result == SecondFactors.Check.TOTP && passkeyRule.passkeyOnly(user)) {
			// A right code, but this account signs in with its passkey: a code can be phished.
			audit.record(event(user, "second-factor.failed", address).withOutcome(AuditEvent.FAILED)
				.withDetails(java.util.Map.of("factor", "totp", "reason", "passkey required")));
			model.addAttribute("codeRefused", true);
			offerFactors(user, model);
			return "accounts/second-factor";
		}
		if (result == SecondFactors.Check.REFUSED) {
			audit.record(event(user, "second-factor.failed", address).withOutcome(AuditEvent.FAILED));
			if (lockout.recordFailure(user.getUsername(), address)) {
				// Too many wrong codes: the password step must be done again, after the lockout.
				request.getSession().invalidate();
				SecurityContextHolder.clearContext();
				return "redirect:/login?error";
			}
			model.addAttribute("failed", true);
			offerFactors(user, model);
			return "accounts/second-factor";
		}
		if (result == SecondFactors.Check.RECOVERY_CODE) {
			audit.record(event(user, "recovery-code.used", address));
			redirect.addFlashAttribute("recoveryCodesLeft", factors.recoveryCodesLeft(user.userId()));
		}
		audit.record(event(user, "second-factor.verified", address)
			.withDetails(java.util.Map.of("factor", result == SecondFactors.Check.TOTP ? "totp" : "recovery-code")));
		completeSignIn(authentication, request, response);
		return passkeyRule.owed(user) ? "redirect:/passkeys?required" : "redirect:/cases";
	}

	@GetMapping("/enrol")
	String enrolment(Authentication authentication, Model model) {
		VigilPrincipal user = (VigilPrincipal) authentication.getPrincipal();
		Optional<SecondFactors.PendingEnrolment> pending = factors.startEnrolment(user.userId(), user.getUsername());
		if (pending.isEmpty()) {
			return "redirect:/second-factor";
		}
		model.addAttribute("enrolment", pending.get());
		model.addAttribute("qrCode", QrCodes.pngDataUri(pending.get().uri()));
		return "accounts/enrol";
	}

	@PostMapping("/enrol")
	String confirm(@RequestParam(defaultValue = "") String code, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		VigilPrincipal user = (VigilPrincipal) authentication.getPrincipal();
		Optional<List<String>> recoveryCodes = factors.confirmEnrolment(user.userId(), code);
		if (recoveryCodes.isEmpty()) {
			audit.record(event(user, "second-factor.enrolment-failed", request.getRemoteAddr()).withOutcome(AuditEvent.FAILED));
			model.addAttribute("failed", true);
			return enrolment(authentication, model);
		}
		audit.record(event(user, "second-factor.enrolled", request.getRemoteAddr()).withDetails(java.util.Map.of("factor", "totp")));
		completeSignIn(authentication, request, response);
		// Shown on this response only; the page is not cached and the codes are never shown again.
		model.addAttribute("recoveryCodes", recoveryCodes.get());
		return "accounts/recovery-codes";
	}

	/**
	 * Adds the second factor to the session's sign-in, under a new session id (the session gains
	 * privileges, so an id seen before must not carry them). A second factor also counts as a
	 * recent proof of identity, e.g. for revealing a name.
	 */
	private void completeSignIn(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		Instant now = Instant.now();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(SignInFactors.withSecondFactor(authentication, SignInFactors.TOTP, now));
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
		request.getSession().setAttribute(PasswordReauthentication.LAST_CHECK, now);
	}

	private static AuditEvent event(VigilPrincipal user, String action, String address) {
		return AuditEvent.of(user.getUsername(), action, "user", user.userId(), address);
	}

}
