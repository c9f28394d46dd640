package org.vigil.followup.internal;

import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.vigil.appeals.ApprovedAppeal;
import org.vigil.platform.VigilProperties;

/**
 * The reminder of a task that fell due, to the advocacy desk ({@code vigil.followup.mail-to}): the
 * case's reference, the appeal's reference, what is due and a link — never a person, a place or an
 * addressee, since mail leaves Vigil's protection.
 */
@Component
class ReminderMail {

	private final ObjectProvider<JavaMailSender> senders;

	private final MessageSource messages;

	private final FollowupProperties properties;

	private final String baseUrl;

	private final boolean configured;

	ReminderMail(ObjectProvider<JavaMailSender> senders, MessageSource messages, FollowupProperties properties, VigilProperties vigil,
			@Value("${server.port:8080}") String port, @Value("${spring.mail.host:}") String host) {
		this.senders = senders;
		this.messages = messages;
		this.properties = properties;
		this.configured = StringUtils.hasText(host) && StringUtils.hasText(properties.mailTo());
		this.baseUrl = StringUtils.hasText(vigil.publicUrl()) ? vigil.publicUrl().strip().replaceAll("/+$", "") : "http://localhost:" + port;
	}

	/** Whether reminders go out: an SMTP server and the desk's address are configured. */
	boolean configured() {
		return configured && senders.getIfAvailable() != null;
	}

	void send(Task task) {
		senders.getObject().send(message(task));
	}

	SimpleMailMessage message(Task task) {
		Locale locale = Locale.forLanguageTag(properties.mailLanguage());
		String kind = messages.getMessage("followup.kind." + task.kind().name(), null, locale);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.mailFrom());
		message.setTo(properties.mailTo().strip());
		message.setSubject(messages.getMessage("followup.mail.subject", new Object[] { task.caseReference(), kind }, locale));
		message.setText(messages.getMessage("followup.mail.body", new Object[] { task.caseReference(),
				ApprovedAppeal.referenceOf(task.appealId()), kind, baseUrl + "/cases/" + task.caseId(), baseUrl + "/watch" }, locale));
		return message;
	}

}
