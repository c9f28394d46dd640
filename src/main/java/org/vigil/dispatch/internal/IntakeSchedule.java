package org.vigil.dispatch.internal;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reads the reply mailbox every {@code vigil.dispatch.imap.fetch-every}, when one is configured; by
 * the server only. A mailbox that cannot be reached is tried again at the next turn.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class IntakeSchedule {

	private static final Logger log = LoggerFactory.getLogger(IntakeSchedule.class);

	private final MailboxIntake intake;

	IntakeSchedule(MailboxIntake intake) {
		this.intake = intake;
	}

	@Scheduled(initialDelayString = "${vigil.dispatch.imap.fetch-every:PT5M}", fixedDelayString = "${vigil.dispatch.imap.fetch-every:PT5M}")
	void fetch() {
		if (!intake.configured()) {
			return;
		}
		try {
			intake.fetch(DispatchAudit.VIGIL);
		}
		catch (MessagingException | RuntimeException unreachable) {
			// The cause's class only: a server's answer can quote the user name it refused.
			log.warn("The reply mailbox could not be read ({}); trying again at the next turn", unreachable.getClass().getSimpleName());
		}
	}

}
