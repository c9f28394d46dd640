package org.vigil.letters.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Gives back the parsed letter fonts a server kept for the letters of a busy hour once no letter has
 * been rendered for {@code vigil.letters.fonts-kept-idle} (default 30 s): the next letter parses
 * them again, in about the time of one rendering. Run by the server only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class IdleFonts {

	private final PdfLetterRenderer renderer;

	private final Duration idle;

	IdleFonts(PdfLetterRenderer renderer, @Value("${vigil.letters.fonts-kept-idle:PT30S}") Duration idle) {
		this.renderer = renderer;
		this.idle = idle;
	}

	@Scheduled(initialDelayString = "PT15S", fixedDelayString = "PT15S")
	void forgetIdle() {
		renderer.forgetIdleFonts(idle);
	}

}
