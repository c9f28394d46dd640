package org.vigil.appeals.internal;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.vigil.appeals.ApprovedAppeal;
import org.vigil.platform.VigilProperties;

/**
 * Tells signatories by email that their approval was withdrawn because the appeal's text changed,
 * once that is committed: to the address of their signing profile, when they gave one and an SMTP
 * server is configured. The email names the appeal's reference and links to it — never a person,
 * a place or the text, since mail leaves Vigil's protection. Without either, the notice among
 * what waits for them in Vigil is all.
 */
@Component
class WithdrawnApprovalMail {

	private static final Logger log = LoggerFactory.getLogger(WithdrawnApprovalMail.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final SigningProfileRepository profiles;

	private final MessageSource messages;

	private final boolean configured;

	private final String from;

	private final String language;

	private final String baseUrl;

	WithdrawnApprovalMail(ObjectProvider<JavaMailSender> senders, SigningProfileRepository profiles, MessageSource messages,
			VigilProperties vigil, @Value("${server.port:8080}") String port, @Value("${spring.mail.host:}") String host,
			@Value("${vigil.appeals.mail-from:${vigil.dispatch.mail-from:vigil@localhost}}") String from,
			@Value("${vigil.appeals.mail-language:en}") String language) {
		this.senders = senders;
		this.profiles = profiles;
		this.messages = messages;
		this.configured = StringUtils.hasText(host);
		this.from = from;
		this.language = language;
		this.baseUrl = StringUtils.hasText(vigil.publicUrl()) ? vigil.publicUrl().strip().replaceAll("/+$", "") : "http://localhost:" + port;
	}

	@ApplicationModuleListener
	void on(AppealSigning.ApprovalsWithdrawn withdrawn) {
		JavaMailSender sender = configured ? senders.getIfAvailable() : null;
		if (sender == null) {
			log.info("No SMTP server is configured (spring.mail.host): withdrawn approvals are shown in Vigil only");
			return;
		}
		String reference = ApprovedAppeal.referenceOf(withdrawn.appealId());
		String link = baseUrl + "/cases/" + withdrawn.caseId() + "/appeals/" + withdrawn.appealId();
		Locale locale = Locale.forLanguageTag(language);
		for (SigningProfile profile : profiles.findAllById(withdrawn.signatories())) {
			if (profile.noticeEmail() != null) {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(from);
				message.setTo(profile.noticeEmail());
				message.setSubject(messages.getMessage("appeal.mail.withdrawn.subject", new Object[] { reference }, locale));
				message.setText(messages.getMessage("appeal.mail.withdrawn.body", new Object[] { reference, link }, locale));
				sender.send(message);
			}
		}
	}

}
