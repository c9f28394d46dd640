package org.vigil.platform;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.vigil.support.TestMailServer;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The product's mail settings, as the application applies them (this context sets no mail setting of its own). */
class MailSettingsTests extends WebIntegrationTest {

	@Autowired
	private JavaMailSender mailSender;

	@Test
	void vigilRequiresStartTlsOfItsSmtpServerByDefault() {
		assertThat(((JavaMailSenderImpl) mailSender).getJavaMailProperties()).containsEntry("mail.smtp.starttls.required", "true");
	}

	@Test
	void aServerThatOffersNoStartTlsIsSentNothing() throws Exception {
		GreenMail plain = TestMailServer.start();
		try {
			JavaMailSenderImpl product = (JavaMailSenderImpl) mailSender;
			JavaMailSenderImpl toPlainServer = new JavaMailSenderImpl();
			toPlainServer.setJavaMailProperties(product.getJavaMailProperties());
			toPlainServer.setHost("127.0.0.1");
			toPlainServer.setPort(plain.getSmtp().getPort());
			toPlainServer.setUsername("vigil");
			toPlainServer.setPassword("the organisation's mail password");
			MimeMessage message = toPlainServer.createMimeMessage();
			message.setFrom("vigil@localhost");
			message.setRecipients(MimeMessage.RecipientType.TO, "desk@vigil.test");
			message.setSubject("Urgent appeal");
			message.setText("A case at risk.");

			assertThatThrownBy(() -> toPlainServer.send(message)).isInstanceOf(MailSendException.class)
				.hasStackTraceContaining("STARTTLS");
			assertThat(plain.getReceivedMessages()).isEmpty();
		}
		finally {
			plain.stop();
		}
	}

}
