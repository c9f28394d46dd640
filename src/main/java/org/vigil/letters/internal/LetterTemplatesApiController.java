package org.vigil.letters.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.accounts.CurrentViewer;
import org.vigil.accounts.Role;
import org.vigil.accounts.Viewer;
import org.vigil.letters.LetterKind;
import org.vigil.platform.EditRule;
import org.vigil.platform.Refusal;

/**
 * Letter templates through the API, for administrators: {@code GET /api/letter-templates} lists them
 * with their text and version, {@code PUT /api/letter-templates/{kind}/{language}} with
 * {@code {"body": "…", "version": N}} saves one that renders (else 400 naming the line).
 */
@RestController
@RequestMapping("/api/letter-templates")
class LetterTemplatesApiController {

	private final LetterTemplateEditing editing;

	private final CurrentViewer viewers;

	LetterTemplatesApiController(LetterTemplateEditing editing, CurrentViewer viewers) {
		this.editing = editing;
		this.viewers = viewers;
	}

	/** A template as the API shows it; {@code version} is 0 while the shipped one is in use. */
	record TemplateAnswer(LetterKind kind, String language, long version, boolean edited, String updatedBy, Instant updatedAt,
			String body) {

		static TemplateAnswer of(LetterTemplateEditing.Template template) {
			return new TemplateAnswer(template.kind(), template.language(), template.version(), template.edited(),
					template.updatedBy(), template.updatedAt(), template.body());
		}

	}

	/** An edit: the new text and the version it was made on. */
	record TemplateEdit(String body, Long version) {
	}

	/** Lists the letter templates per kind and language, each with its version (0 while the shipped one is in use). */
	@GetMapping
	List<TemplateAnswer> listLetterTemplates() {
		administrator();
		return editing.all().stream().map(TemplateAnswer::of).toList();
	}

	/** Saves a letter template (administrators), with the version read; one that does not render is refused with its line and reason. */
	@PutMapping("/{kind}/{language}")
	TemplateAnswer saveLetterTemplate(@PathVariable String kind, @PathVariable String language, @RequestBody TemplateEdit edit) {
		LetterKind letterKind = LetterTemplatesAdminController.kindOf(kind);
		String lang = LetterTemplatesAdminController.languageOf(language);
		if (edit.version() == null) {
			throw EditRule.versionRequired().toException();
		}
		editing.save(administrator(), letterKind, lang, edit.body(), edit.version()).ifPresent(refusal -> {
			throw refusal.toException();
		});
		return TemplateAnswer.of(editing.find(letterKind, lang));
	}

	private Viewer administrator() {
		Viewer viewer = viewers.get();
		if (!viewer.has(Role.ADMINISTRATOR)) {
			throw Refusal.of(LettersRefusal.LETTER_TEMPLATE_ADMINISTRATORS_ONLY).toException();
		}
		return viewer;
	}

}
