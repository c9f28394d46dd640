package org.vigil.letters.internal;

import org.springframework.stereotype.Component;
import org.vigil.letters.LetterKind;

/** The template a letter is rendered with: the organisation's saved one, else the one shipped with Vigil. */
@Component
class StoredTemplates implements TemplateSource {

	private final LetterTemplateRepository repository;

	StoredTemplates(LetterTemplateRepository repository) {
		this.repository = repository;
	}

	@Override
	public String template(LetterKind kind, String language) {
		return repository.findById(LetterTemplateEntity.idOf(kind, language))
			.map(LetterTemplateEntity::body)
			.orElseGet(() -> TemplateSource.shipped(kind, language));
	}

}
