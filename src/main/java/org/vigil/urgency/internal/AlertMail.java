package org.vigil.urgency.internal;

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
import org.vigil.platform.VigilProperties;

/**
 * Sends the email of an alert, once the alert is committed: to the team's mailbox when a case
 * becomes imminent, to the team's reviewers when nobody acknowledged it in time. An email names
 * the case's reference and level and links to Vigil — never a person, a place or a reason, since
 * mail leaves Vigil's protection. Without an SMTP server ({@code spring.mail.host}) or an address
 * for the team, the alert stays in Vigil only. A send that fails is thrown again, so that the
 * event publication registry (when there is one) keeps it and tries again.
 */
@Component
class AlertMail {

	private static final Logger log = LoggerFactory.getLogger(AlertMail.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final SettingsStore settings;

	private final MessageSource messages;

	private final UrgencyProperties properties;

	private final String baseUrl;

	/** Whether an SMTP server is configured: the mail sender exists whenever the setting does, even blank. */
	private final boolean configured;

	AlertMail(ObjectProvider<JavaMailSender> senders, SettingsStore settings, MessageSource messages, UrgencyProperties properties,
			VigilProperties vigil, @Value("${server.port:8080}") String port, @Value("${spring.mail.host:}") String host) {
		this.senders = senders;
		this.configured = StringUtils.hasText(host);
		this.settings = settings;
		this.messages = messages;
		this.properties = properties;
		this.baseUrl = StringUtils.hasText(vigil.publicUrl()) ? vigil.publicUrl().strip().replaceAll("/+$", "") : "http://localhost:" + port;
	}

	@ApplicationModuleListener
	void on(AlertRaised alert) {
		JavaMailSender sender = configured ? senders.getIfAvailable() : null;
		if (sender == null) {
			log.info("No SMTP server is configured (spring.mail.host): the alert on {} is shown in Vigil only", alert.reference());
			return;
		}
		SettingsStore.TeamMail mail = settings.teamMail(alert.teamId());
		String to = alert.escalated() ? mail.reviewerAddress() : mail.alertAddress();
		if (to == null) {
			log.info("The team of {} has no address for {} alerts: the alert is shown in Vigil only", alert.reference(),
					alert.escalated() ? "escalated" : "new");
			return;
		}
		sender.send(message(alert, to));
	}

	SimpleMailMessage message(AlertRaised alert, String to) {
		Locale locale = Locale.forLanguageTag(properties.mailLanguage());
		String level = messages.getMessage("urgency.level." + alert.level().name(), null, locale);
		String kind = alert.escalated() ? "escalated" : "raised";
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.mailFrom());
		message.setTo(to);
		message.setSubject(messages.getMessage("urgency.mail.subject." + kind, new Object[] { alert.reference(), level }, locale));
		message.setText(messages.getMessage("urgency.mail.body." + kind,
				new Object[] { alert.reference(), level, baseUrl + "/cases/" + alert.caseId(), baseUrl + "/watch" }, locale));
		return message;
	}

}
