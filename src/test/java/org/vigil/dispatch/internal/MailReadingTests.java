package org.vigil.dispatch.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Random;

import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a message holds, reading it keeps plain, bounded text and never fails. */
class MailReadingTests {

	@Test
	void anAttachmentIsKeptWithItsNameTypeAndBytes() throws Exception {
		ReceivedMail mail = read("""
				From: gb@gov.example.org
				Subject: scan
				Message-ID: <abc@gov.example.org>
				In-Reply-To: <letter-1@vigil.host>
				References: <letter-0@vigil.host> <letter-1@vigil.host>
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="b"

				--b
				Content-Type: text/plain; charset=UTF-8

				See the scan.
				--b
				Content-Type: application/pdf
				Content-Disposition: attachment; filename="reply.pdf"
				Content-Transfer-Encoding: base64

				JVBERi0xLjQK
				--b--
				""");
		assertThat(mail.malformed()).isFalse();
		assertThat(mail.messageId()).isEqualTo("<abc@gov.example.org>");
		assertThat(mail.answers()).containsExactly("<letter-1@vigil.host>", "<letter-0@vigil.host>");
		assertThat(mail.text()).isEqualTo("See the scan.");
		assertThat(mail.attachments()).singleElement().satisfies(file -> {
			assertThat(file.name()).isEqualTo("reply.pdf");
			assertThat(file.mediaType()).isEqualTo("application/pdf");
			assertThat(new String(file.content(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
		});
	}

	@Test
	void theSendersAddressIsTheAddressOfFromInLowerCaseNeverItsDisplayName() throws Exception {
		assertThat(read("From: \"Ministry\" <GB@Gov.Example.org>\nSubject: x\n\nText\n").senderAddress()).isEqualTo("gb@gov.example.org");
		assertThat(read("From: \"gb@gov.example.org\" <intruder@elsewhere.example>\nSubject: x\n\nText\n").senderAddress())
			.isEqualTo("intruder@elsewhere.example");
		assertThat(read("From: Ministry of Public Security\nSubject: x\n\nText\n").senderAddress()).isNull();
		assertThat(read("Subject: no sender\n\nText\n").senderAddress()).isNull();
	}

	@Test
	void aTextInAnUnknownCharsetIsKeptReadableRatherThanLost() throws Exception {
		ReceivedMail mail = read("""
				From: gb@gov.example.org
				Subject: =?x-unknown?Q?odd?=
				Content-Type: text/plain; charset=x-unknown

				Plain words survive.
				""");
		assertThat(mail.text()).contains("Plain words survive.");
	}

	@Test
	void anAttachmentLargerThanTheLimitIsLeftOutWithANoteInTheText() throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		message.setFrom("gb@gov.example.org");
		message.setSubject("a very large scan");
		MimeBodyPart words = new MimeBodyPart();
		words.setText("The scan is attached.", "UTF-8");
		MimeBodyPart scan = new MimeBodyPart();
		scan.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[MailReading.MAX_ATTACHMENT_BYTES + 1], "application/pdf")));
		scan.setFileName("scan.pdf");
		message.setContent(new MimeMultipart(words, scan));
		message.saveChanges();

		ReceivedMail mail = MailReading.read(message, null);

		assertThat(mail.malformed()).isFalse();
		assertThat(mail.attachments()).isEmpty();
		assertThat(mail.text()).startsWith("The scan is attached.").contains("The attachment scan.pdf is larger than 10 MB and was not kept");
	}

	@Test
	void controlCharactersAreDroppedFromTheText() throws Exception {
		ReceivedMail mail = read("From: a@b.c\nSubject: x\nContent-Type: text/plain\n\nbell\u0007 and escape\u001b[31m\n");
		assertThat(mail.text()).doesNotContain("\u0007").doesNotContain("\u001b").contains("bell and escape");
	}

	@Test
	void randomBytesNeverMakeReadingFail() throws Exception {
		Random random = new Random(12);
		String header = "From: a@b.c\nSubject: fuzz\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"z\"\n\n--z\n";
		for (int i = 0; i < 300; i++) {
			byte[] noise = new byte[random.nextInt(2000)];
			random.nextBytes(noise);
			byte[] all = (header + new String(noise, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
			ReceivedMail mail = MailReading.read(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(all)), all);
			assertThat(mail.text()).isNotNull().doesNotContain("\u0000");
			assertThat(mail.messageId()).isNotBlank();
		}
	}

	private static ReceivedMail read(String source) throws Exception {
		byte[] raw = source.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
		return MailReading.read(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)), raw);
	}

}
