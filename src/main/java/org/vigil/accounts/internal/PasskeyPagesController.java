package org.vigil.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in user's own passkeys, and adding one. The ceremony itself runs in the browser
 * (static/js/passkeys.js) against Spring Security's {@code /webauthn/register/options} and
 * {@code /webauthn/register}, which act only for the session's user; this page shows no one else's.
 */
@Controller
class PasskeyPagesController {

	private final Passkeys passkeys;

	PasskeyPagesController(Passkeys passkeys) {
		this.passkeys = passkeys;
	}

	@GetMapping("/passkeys")
	String page(Authentication authentication, HttpServletRequest request, Model model) {
		VigilPrincipal user = (VigilPrincipal) authentication.getPrincipal();
		model.addAttribute("passkeys", passkeys.of(user.getUsername()));
		// "?required": sent here because administration pages need a passkey; "?added": just registered.
		model.addAttribute("required", request.getParameterMap().containsKey("required"));
		model.addAttribute("added", request.getParameterMap().containsKey("added"));
		return "accounts/passkeys";
	}

}
