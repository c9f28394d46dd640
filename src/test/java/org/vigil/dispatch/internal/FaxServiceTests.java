package org.vigil.dispatch.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.dispatch.internal.Delivery.DeliveryDeferred;
import org.vigil.dispatch.internal.DispatchProperties.FaxFormat;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12, item 2 (fax through a fax service's HTTP API): the fax is posted to the configured URL with
 * the number, the credentials and the attempt's idempotency key — as PDF, or as TIFF-F — and the
 * service's reply says what became of it. Against a JDK HTTP server on this machine.
 */
class FaxServiceTests {

	private static final String PASSWORD = "fax service secret 7";

	private final FakeFaxService server = FakeFaxService.start("/fax",
			post -> new FakeFaxService.Answer(200, "{\"id\": \"F-1001\", \"status\": \"queued\"}"));

	@AfterEach
	void stop() {
		server.stop();
	}

	@Test
	void aFaxIsPostedAsPdfToItsNumberWithTheCredentialsAndTheAttemptsIdempotencyKey() {
		DeliveryAttempt attempt = attempt("+86 10 6551 2345");
		byte[] pdf = pdf(2);

		FaxService.Answer answer = service(FaxFormat.PDF, "vigil").send(attempt, pdf);

		FakeFaxService.Posted posted = server.last();
		assertThat(posted.method()).isEqualTo("POST");
		assertThat(posted.query()).isEqualTo("to=00861065512345");
		assertThat(posted.headers()).containsEntry("content-type", "application/pdf").containsEntry("idempotency-key", attempt.messageId())
			.containsEntry("authorization", "Basic " + Base64.getEncoder().encodeToString(("vigil:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		assertThat(posted.body()).isEqualTo(pdf);
		assertThat(answer).isEqualTo(new FaxService.Answer(AttemptStatus.SENT, "Fax F-1001: queued"));
	}

	@Test
	void aPasswordWithoutAUserNameGoesAsABearerToken() {
		service(FaxFormat.PDF, "").send(attempt("+41 22 917 9000"), pdf(1));

		assertThat(server.last().header("Authorization")).isEqualTo("Bearer " + PASSWORD);
	}

	@Test
	void aServiceThatNeedsTiffGetsFaxPagesAtFineResolutionCompressedWithCcittT4() throws IOException {
		service(FaxFormat.TIFF_F, "vigil").send(attempt("+86 10 6551 2345"), pdf(3));

		assertThat(server.last().header("Content-Type")).isEqualTo("image/tiff");
		ImageReader reader = ImageIO.getImageReadersByFormatName("TIFF").next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(server.last().body()))) {
			reader.setInput(in);
			assertThat(reader.getNumImages(true)).isEqualTo(3);
			assertThat(reader.getWidth(0)).isEqualTo(1728);
			assertThat(reader.read(0).getColorModel().getPixelSize()).isEqualTo(1);
			TIFFDirectory page = TIFFDirectory.createFromMetadata(reader.getImageMetadata(0));
			assertThat(page.getTIFFField(BaselineTIFFTagSet.TAG_COMPRESSION).getAsInt(0)).isEqualTo(BaselineTIFFTagSet.COMPRESSION_CCITT_T_4);
			assertThat(page.getTIFFField(BaselineTIFFTagSet.TAG_X_RESOLUTION).getAsRational(0)).containsExactly(204, 1);
			assertThat(page.getTIFFField(BaselineTIFFTagSet.TAG_Y_RESOLUTION).getAsRational(0)).containsExactly(196, 1);
		}
		finally {
			reader.dispose();
		}
	}

	@Test
	void aReplyThatTheFaxWasDeliveredMakesTheAttemptDelivered() {
		server.answerWith(200, "{\"id\": \"F-1002\", \"status\": \"delivered\"}");

		assertThat(service(FaxFormat.PDF, "vigil").send(attempt("+86 10 6551 2345"), pdf(1)).status()).isEqualTo(AttemptStatus.DELIVERED);
	}

	@Test
	void aFaxTheServiceRefusesFailsWithTheServicesWords() {
		server.answerWith(422, "{\"error\": \"invalid destination number\"}");

		FaxService.Answer answer = service(FaxFormat.PDF, "vigil").send(attempt("+86 10 6551 2345"), pdf(1));

		assertThat(answer.status()).isEqualTo(AttemptStatus.FAILED);
		assertThat(answer.words()).contains("HTTP 422").contains("invalid destination number");
	}

	@Test
	void aServiceThatIsBusyOrRefusesTheCredentialsLeavesTheFaxToBeTriedAgainWithoutNamingThem() {
		for (int status : List.of(503, 429, 401)) {
			server.answerWith(status, "{\"id\": \"F-1001\", \"status\": \"queued\"}");
			assertThatThrownBy(() -> service(FaxFormat.PDF, "vigil").send(attempt("+86 10 6551 2345"), pdf(1)))
				.isInstanceOf(DeliveryDeferred.class).hasMessageContaining("HTTP " + status).hasMessageNotContaining(PASSWORD);
		}
	}

	@Test
	void aServiceThatDoesNotAnswerLeavesTheFaxToBeTriedAgain() {
		FaxService service = service(FaxFormat.PDF, "vigil");
		server.stop();

		assertThatThrownBy(() -> service.send(attempt("+86 10 6551 2345"), pdf(1))).isInstanceOf(DeliveryDeferred.class)
			.hasMessageContaining("could not be reached").hasMessageNotContaining(PASSWORD);
	}

	@Test
	void theSettingsNeverShowThePassword() {
		assertThat(properties(FaxFormat.PDF, "vigil").fax().api().toString()).doesNotContain(PASSWORD).contains("(hidden)");
	}

	// ------------------------------------------------------------------ helpers

	private FaxService service(FaxFormat format, String username) {
		return new FaxService(properties(format, username), JsonMapper.builder().build());
	}

	private DispatchProperties properties(FaxFormat format, String username) {
		DispatchProperties.FaxApi api = new DispatchProperties.FaxApi(server.url(), username,
				PASSWORD, format, Duration.ofSeconds(10));
		return new DispatchProperties("vigil@localhost", "", Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(5), 10,
				Duration.ofMinutes(10), null, new DispatchProperties.Fax("", 10, api));
	}

	private static DeliveryAttempt attempt(String number) {
		UUID id = UUID.randomUUID();
		return new DeliveryAttempt(id, UUID.randomUUID(), UUID.randomUUID(), "A-1B2C3D4E", null, Channel.FAX,
				new Destination("General Office", null, number, null), "<" + id + "@vigil.test>", "officer");
	}

	/** A PDF of blank A4 pages with a black bar on each, as a fax would carry. */
	private static byte[] pdf(int pages) {
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
					content.addRect(100, 600, 300, 40);
					content.fill();
				}
			}
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException failure) {
			throw new java.io.UncheckedIOException(failure);
		}
	}

}
