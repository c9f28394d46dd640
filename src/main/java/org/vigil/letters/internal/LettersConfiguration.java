package org.vigil.letters.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigil.letters.LetterRenderer;
import org.vigil.letters.Letterheads;

/** Wires the letter renderer: its own template engine, the organisation's templates, the letterhead. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrganisationProperties.class)
class LettersConfiguration {

	@Bean
	Letterheads letterheads(OrganisationProperties organisation) {
		return new ConfiguredLetterheads(organisation);
	}

	@Bean
	PdfLetterRenderer letterRenderer(StoredTemplates templates, MessageSource messages) {
		return new PdfLetterRenderer(new LetterTemplateEngine(), templates, messages);
	}

}
