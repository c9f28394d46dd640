package org.vigil.accounts.internal;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.platform.Refusal;
import org.vigil.platform.web.Dates;

/** The signed-in user's own settings (their time zone): shown, and changed by them alone. */
@Controller
@RequestMapping("/settings")
class SettingsController {

	private final UserPreferences preferences;

	private final Dates dates;

	SettingsController(UserPreferences preferences, Dates dates) {
		this.preferences = preferences;
		this.dates = dates;
	}

	/** One choice of the time zone list: the zone's id and how it reads in the reader's language. */
	record ZoneChoice(String id, String label) {
	}

	@GetMapping
	String page(Authentication authentication, Model model, Locale locale) {
		UserPreferences.Settings settings = preferences.of(((VigilPrincipal) authentication.getPrincipal()).userId());
		return page(settings, settings.timeZone() == null ? "" : settings.timeZone().getId(), model, locale);
	}

	@PostMapping
	String save(@RequestParam(defaultValue = "") String timeZone, @RequestParam(defaultValue = "-1") long version,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect, Locale locale) {
		VigilPrincipal user = (VigilPrincipal) authentication.getPrincipal();
		Optional<Refusal> refusal = preferences.chooseTimeZone(user, timeZone, version, request.getRemoteAddr());
		if (refusal.isEmpty()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/settings";
		}
		if (refusal.get().rule() != PreferenceRule.SETTINGS_CHANGED) {
			throw refusal.get().toException();
		}
		// Changed in another window meanwhile: show the settings as they are now, keep the choice made here.
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("problem", refusal.get().messageKey());
		return page(preferences.of(user.userId()), timeZone, model, locale);
	}

	private String page(UserPreferences.Settings settings, String chosen, Model model, Locale locale) {
		model.addAttribute("version", settings.version());
		model.addAttribute("chosen", chosen);
		model.addAttribute("organisationZone", Dates.describe(dates.organisationZone(), locale));
		model.addAttribute("zones", UserPreferences.ZONES.values().stream().map(z -> new ZoneChoice(z.getId(), Dates.describe(z, locale))).toList());
		return "accounts/settings";
	}

}
