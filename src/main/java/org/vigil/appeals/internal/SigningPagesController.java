package org.vigil.appeals.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;

/** The page where a user sets how they sign letters: the name printed and their title. */
@Controller
@RequestMapping("/settings/signing")
class SigningPagesController {

	private final SigningProfiles profiles;

	private final CurrentViewer viewers;

	SigningPagesController(SigningProfiles profiles, CurrentViewer viewers) {
		this.profiles = profiles;
		this.viewers = viewers;
	}

	/** The signing profile as typed. */
	public static class SigningForm {

		@NotBlank
		@Size(max = SigningProfile.MAX_NAME)
		@Pattern(regexp = SigningApiController.ONE_LINE)
		private String name;

		@NotBlank
		@Size(max = SigningProfile.MAX_TITLE)
		@Pattern(regexp = SigningApiController.ONE_LINE)
		private String title;

		@Email
		@Size(max = 254)
		@Pattern(regexp = SigningApiController.ONE_LINE)
		private String noticeEmail;

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public String getNoticeEmail() { return noticeEmail; }
		public void setNoticeEmail(String noticeEmail) { this.noticeEmail = noticeEmail; }

	}

	@GetMapping
	String show(org.springframework.ui.Model model) {
		SigningForm form = new SigningForm();
		profiles.of(viewers.get().userId()).ifPresent(entry -> {
			form.setName(entry.printedName());
			form.setTitle(entry.title());
			form.setNoticeEmail(entry.noticeEmail());
		});
		model.addAttribute("signingForm", form);
		return "appeals/signing";
	}

	@PostMapping("/signature")
	String uploadSignature(@org.springframework.web.bind.annotation.RequestParam(required = false)
			org.springframework.web.multipart.MultipartFile image, org.springframework.ui.Model model,
			jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) throws java.io.IOException {
		try {
			profiles.setSignature(viewers.get(), image == null ? new byte[0] : image.getBytes());
		}
		catch (org.vigil.platform.Refused refused) {
			response.setStatus(org.vigil.platform.web.RefusalStatus.of(refused.refusal()));
			model.addAttribute("signatureProblem", refused.refusal().messageKey());
			return show(model);
		}
		redirect.addFlashAttribute("signatureSaved", true);
		return "redirect:/settings/signing";
	}

	@PostMapping
	String save(@Valid @ModelAttribute("signingForm") SigningForm form, BindingResult binding, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return "appeals/signing";
		}
		profiles.setOwn(viewers.get(), new SigningProfiles.Entry(form.getName(), form.getTitle(), form.getNoticeEmail()));
		redirect.addFlashAttribute("saved", true);
		return "redirect:/settings/signing";
	}

}
