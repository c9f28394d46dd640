package org.vigil.letters.internal;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.accounts.CurrentViewer;
import org.vigil.letters.LetterKind;
import org.vigil.platform.NotFoundException;
import org.vigil.platform.Refusal;
import org.vigil.platform.web.RefusalStatus;

/**
 * The letter templates page (administrators, signed in with their passkey, as for every page under
 * /admin): the list of kinds and languages, and the editor with a live preview of the sample letter —
 * page 1 of the very PDF, redrawn as the administrator types (htmx), so that a template never runs
 * as markup inside Vigil's own page.
 */
@Controller
@RequestMapping("/admin/letter-templates")
class LetterTemplatesAdminController {

	private final LetterTemplateEditing editing;

	private final PdfLetterRenderer renderer;

	private final CurrentViewer viewers;

	LetterTemplatesAdminController(LetterTemplateEditing editing, PdfLetterRenderer renderer, CurrentViewer viewers) {
		this.editing = editing;
		this.renderer = renderer;
		this.viewers = viewers;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("templates", editing.all());
		return "letters/templates";
	}

	@GetMapping("/{kind}/{language}")
	String edit(@PathVariable String kind, @PathVariable String language, Model model) {
		LetterTemplateEditing.Template template = editing.find(kindOf(kind), languageOf(language));
		model.addAttribute("template", template);
		model.addAttribute("form", new TemplateForm(template.body(), template.version()));
		return "letters/template-edit";
	}

	@PostMapping("/{kind}/{language}")
	String save(@PathVariable String kind, @PathVariable String language, @ModelAttribute("form") TemplateForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		LetterKind letterKind = kindOf(kind);
		String lang = languageOf(language);
		long version = form.getVersion() == null ? -1 : form.getVersion();
		Optional<Refusal> refusal = editing.save(viewers.get(), letterKind, lang, form.getBody(), version);
		if (refusal.isPresent()) {
			refuse(refusal.get(), model, response);
			model.addAttribute("template", editing.find(letterKind, lang));
			return "letters/template-edit";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/letter-templates/" + letterKind.name() + "/" + lang;
	}

	/** The preview of what is typed, not saved: a fragment htmx puts in place of the last one. */
	@PostMapping("/{kind}/{language}/preview")
	String preview(@PathVariable String kind, @PathVariable String language, @RequestParam(required = false) String body,
			Model model) {
		LetterTemplateEditing.Preview preview = editing.preview(viewers.get(), kindOf(kind), languageOf(language), body);
		model.addAttribute("preview", preview);
		if (preview.refusal() != null) {
			model.addAttribute("refusal", preview.refusal());
			model.addAttribute("refusalArguments", preview.refusal().arguments().toArray());
		}
		return "letters/template-edit :: preview";
	}

	/** The sample letter in the saved template as the HTML preview shows letters (a page of its own). */
	@GetMapping(value = "/{kind}/{language}/sample", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> sample(@PathVariable String kind, @PathVariable String language) {
		LetterKind letterKind = kindOf(kind);
		String lang = languageOf(language);
		return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
			.body(renderer.html(editing.sample(letterKind, lang)));
	}

	/** The sample letter in the saved template as PDF. */
	@GetMapping(value = "/{kind}/{language}/sample.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> samplePdf(@PathVariable String kind, @PathVariable String language) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.body(renderer.pdf(editing.sample(kindOf(kind), languageOf(language))));
	}

	static LetterKind kindOf(String kind) {
		try {
			return LetterKind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new NotFoundException("letter template");
		}
	}

	static String languageOf(String language) {
		if (!LetterModel.LANGUAGES.contains(language)) {
			throw new NotFoundException("letter template");
		}
		return language;
	}

	private static void refuse(Refusal refusal, Model model, HttpServletResponse response) {
		model.addAttribute("refusal", refusal);
		model.addAttribute("refusalArguments", refusal.arguments().toArray());
		response.setStatus(RefusalStatus.of(refusal));
	}

}
