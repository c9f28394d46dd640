package org.vigil.law.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Viewer;
import org.vigil.law.RiskProfile;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;

/**
 * The law administration pages (administrators, signed in with their passkey, as for every page
 * under /admin): importing status tables — upload, differences, accepting all or row by row — and
 * editing risk profiles claim by claim. A refused step shows why, with the status its kind calls for.
 */
@Controller
@RequestMapping("/admin/law")
class LawAdminController {

	private final ParticipationImports imports;

	private final RiskProfileRecords riskProfiles;

	private final CurrentViewer viewers;

	LawAdminController(ParticipationImports imports, RiskProfileRecords riskProfiles, CurrentViewer viewers) {
		this.imports = imports;
		this.riskProfiles = riskProfiles;
		this.viewers = viewers;
	}

	// ------------------------------------------------------------ imports

	@GetMapping("/imports")
	String imports(Model model) {
		model.addAttribute("open", imports.open());
		model.addAttribute("maxMegabytes", StatusFiles.MAX_BYTES / (1024 * 1024));
		return "law/imports";
	}

	@PostMapping("/imports")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		Viewer viewer = viewers.get();
		ParticipationImports.Upload upload;
		if (file == null || file.isEmpty()) {
			upload = new ParticipationImports.Upload(null, Refusal.onField(LawRefusal.LAW_IMPORT_LAYOUT, "file", "no file was sent"));
		}
		else if (file.getSize() > StatusFiles.MAX_BYTES) {
			upload = new ParticipationImports.Upload(null,
					Refusal.onField(LawRefusal.LAW_IMPORT_TOO_LARGE, "file", StatusFiles.MAX_BYTES / (1024 * 1024)));
		}
		else {
			upload = imports.upload(viewer, file.getOriginalFilename(), file.getBytes());
		}
		if (upload.refusal() != null) {
			refuse(upload.refusal(), model, response);
			return imports(model);
		}
		return "redirect:/admin/law/imports/" + upload.id();
	}

	@GetMapping("/imports/{id}")
	String importPage(@PathVariable UUID id, Model model) {
		ParticipationImports.Pending pending = imports.find(id);
		model.addAttribute("pending", pending);
		model.addAttribute("differences", imports.differences(pending));
		return "law/import";
	}

	/** Accepts the rows sent as {@code STATE:VERSION} (the checked ones, or all shown). */
	@PostMapping("/imports/{id}/accept")
	String accept(@PathVariable UUID id, @RequestParam(name = "row", required = false) List<String> rows, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, Long> chosen = new LinkedHashMap<>();
		Optional<Refusal> refusal = Optional.empty();
		for (String row : rows == null ? List.<String>of() : rows) {
			String[] parts = row.split(":", 2);
			if (parts.length != 2 || parts[0].length() != 2 || !parts[1].matches("-?[0-9]{1,18}") || chosen.size() > 300) {
				refusal = Optional.of(Refusal.onField(LawRefusal.LAW_VALUE_NOT_OFFERED, "row"));
				break;
			}
			chosen.put(parts[0].toUpperCase(Locale.ROOT), Long.parseLong(parts[1]));
		}
		if (refusal.isEmpty() && chosen.isEmpty()) {
			refusal = Optional.of(Refusal.onField(LawRefusal.LAW_TEXT_REQUIRED, "row"));
		}
		refusal = refusal.or(() -> imports.accept(viewers.get(), id, chosen));
		if (refusal.isPresent()) {
			refuse(refusal.get(), model, response);
			return importPage(id, model);
		}
		redirect.addFlashAttribute("accepted", chosen.size());
		return "redirect:/admin/law/imports/" + id;
	}

	@PostMapping("/imports/{id}/close")
	String close(@PathVariable UUID id, Model model, HttpServletResponse response) {
		Optional<Refusal> refusal = imports.close(viewers.get(), id);
		if (refusal.isPresent()) {
			refuse(refusal.get(), model, response);
			return importPage(id, model);
		}
		return "redirect:/admin/law/imports";
	}

	// ------------------------------------------------------------ risk profiles

	@GetMapping("/risk-profiles/{iso2}")
	String riskProfile(@PathVariable String iso2, Model model) {
		return riskPage(iso2, null, null, model);
	}

	@PostMapping("/risk-profiles/{iso2}/summary")
	String summary(@PathVariable String iso2, @RequestParam(required = false) String summary,
			@RequestParam(required = false) Long version, Model model, HttpServletResponse response) {
		String country = profile(iso2).country();
		Optional<Refusal> refusal = riskProfiles.summarise(viewers.get(), country, summary, version == null ? -1 : version);
		if (refusal.isPresent()) {
			refuse(refusal.get(), model, response);
			model.addAttribute("typedSummary", summary);
			return riskPage(country, null, null, model);
		}
		return "redirect:/admin/law/risk-profiles/" + country;
	}

	@PostMapping("/risk-profiles/{iso2}/claims")
	String addClaim(@PathVariable String iso2, @ModelAttribute("newClaim") ClaimForm form, Model model, HttpServletResponse response) {
		String country = profile(iso2).country();
		Optional<Refusal> refusal = form.problem().or(() -> riskProfiles.addClaim(viewers.get(), country, form.edit()));
		if (refusal.isPresent()) {
			refuse(refusal.get(), model, response);
			return riskPage(country, null, null, model);
		}
		return "redirect:/admin/law/risk-profiles/" + country;
	}

	@PostMapping("/risk-profiles/{iso2}/claims/{claimId}")
	String changeClaim(@PathVariable String iso2, @PathVariable UUID claimId, @ModelAttribute ClaimForm form, Model model,
			HttpServletResponse response) {
		String country = profile(iso2).country();
		riskProfiles.claimOf(country, claimId);
		long version = form.getVersion() == null ? -1 : form.getVersion();
		Optional<Refusal> refusal = form.problem().or(() -> riskProfiles.changeClaim(viewers.get(), country, claimId, form.edit(), version));
		if (refusal.isPresent()) {
			refuse(refusal.get(), model, response);
			return riskPage(country, claimId, form, model);
		}
		return "redirect:/admin/law/risk-profiles/" + country;
	}

	@PostMapping("/risk-profiles/{iso2}/claims/{claimId}/remove")
	String removeClaim(@PathVariable String iso2, @PathVariable UUID claimId, @RequestParam(required = false) Long version, Model model,
			HttpServletResponse response) {
		String country = profile(iso2).country();
		riskProfiles.claimOf(country, claimId);
		Optional<Refusal> refusal = riskProfiles.removeClaim(viewers.get(), country, claimId, version == null ? -1 : version);
		if (refusal.isPresent()) {
			refuse(refusal.get(), model, response);
			return riskPage(country, null, null, model);
		}
		return "redirect:/admin/law/risk-profiles/" + country;
	}

	/** The edit page; {@code typed} is what the user sent for {@code claimId}, shown again after a refusal. */
	private String riskPage(String iso2, UUID claimId, ClaimForm typed, Model model) {
		RiskProfile profile = profile(iso2);
		Map<UUID, ClaimForm> forms = new LinkedHashMap<>();
		for (RiskProfile.Claim claim : profile.claims()) {
			forms.put(claim.id(), claim.id().equals(claimId) && typed != null ? typed : ClaimForm.of(claim));
		}
		model.addAttribute("profile", profile);
		model.addAttribute("stateName", new Locale("", profile.country()).getDisplayCountry(
				org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		model.addAttribute("summaryVersion", riskProfiles.summaryVersion(profile.country()));
		model.addAttribute("forms", forms);
		model.addAttribute("groups", RiskProfile.Claim.Group.values());
		if (!model.containsAttribute("newClaim")) {
			model.addAttribute("newClaim", ClaimForm.blank(LocalDate.now()));
		}
		return "law/risk-profile-edit";
	}

	private RiskProfile profile(String iso2) {
		return riskProfiles.of(iso2 == null ? null : iso2.toUpperCase(Locale.ROOT)).orElseThrow(() -> new NotFoundException("risk profile"));
	}

	private static void refuse(Refusal refusal, Model model, HttpServletResponse response) {
		model.addAttribute("refusal", refusal);
		model.addAttribute("refusalArguments", refusal.arguments().toArray());
		response.setStatus(status(refusal.rule().kind()));
	}

	/** The status a page answers a refusal with, as platform answers the API's. */
	static int status(org.vigil.platform.RefusalRule.Kind kind) {
		return switch (kind) {
			case BAD_INPUT -> 400;
			case NOT_ALLOWED -> 403;
			case NOT_FOUND -> 404;
			case WRONG_STATE -> 409;
			case GONE -> 410;
			case TOO_LARGE -> 413;
			case UNSUPPORTED_FORMAT -> 415;
		};
	}

}
