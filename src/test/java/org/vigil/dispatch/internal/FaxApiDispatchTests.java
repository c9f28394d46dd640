package org.vigil.dispatch.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vigil.accounts.Role;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 2 (fax through a fax service's HTTP API, configured instead of the gateway): a fax is
 * posted — cover sheet and letter in one PDF — to the service on this machine, whose reply makes the
 * attempt sent with the service's id; a service that is down delays the fax, which then goes once.
 */
class FaxApiDispatchTests extends DispatchIntegrationTest {

	/** How many of the next posts the service answers 503, as when it is down. */
	static final AtomicInteger DOWN_FOR = new AtomicInteger();

	static final AtomicInteger IDS = new AtomicInteger(1000);

	static final FakeFaxService SERVICE = FakeFaxService.start("/send", post -> DOWN_FOR.getAndUpdate(n -> Math.max(0, n - 1)) > 0
			? new FakeFaxService.Answer(503, "{\"error\": \"maintenance\"}")
			: new FakeFaxService.Answer(200, "{\"id\": \"F-" + IDS.incrementAndGet() + "\", \"status\": \"queued\"}"));

	@DynamicPropertySource
	static void faxService(DynamicPropertyRegistry registry) {
		registry.add("vigil.dispatch.fax.api.url", SERVICE::url);
		registry.add("vigil.dispatch.fax.api.username", () -> "vigil");
		registry.add("vigil.dispatch.fax.api.password", () -> "fax api secret 9");
	}

	@Test
	void aFaxIsPostedToTheServiceWithItsCoverSheetAndTheServicesIdBecomesItsReceipt() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you on behalf of five refugees.");
		TestUser officer = user(team, Role.ADVOCACY);
		String number = "+86 10 6551 2345";
		int gatewayMail = mailFor("00861065512345@" + FAX_GATEWAY).size();

		dispatchOn(officer, appeal, "FAX", number, true).andExpect(status().isCreated());

		eventually(() -> assertThat(attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("status").asString()).isEqualTo("SENT"));
		JsonNode attempt = attempts(officer, appeal.caseId(), appeal.appealId()).get(0);
		FakeFaxService.Posted posted = postedWith(attempt.get("messageId").asString()).get(0);
		assertThat(posted.to()).isEqualTo("00861065512345");
		assertThat(attempt.get("receipt").asString()).startsWith("Fax F-");
		try (PDDocument fax = Loader.loadPDF(posted.body())) {
			PDFTextStripper cover = new PDFTextStripper();
			cover.setEndPage(1);
			assertThat(cover.getText(fax)).contains("FAX").contains(number).doesNotContain("five refugees");
			assertThat(new PDFTextStripper().getText(fax)).contains("five refugees");
		}
		assertThat(mailFor("00861065512345@" + FAX_GATEWAY)).hasSize(gatewayMail);
	}

	@Test
	void aFaxWhileTheServiceIsDownWaitsPendingAndThenGoesOnceUnderTheSameKey() throws Exception {
		String team = newTeam();
		Approved appeal = approvedAppeal(team, "Your Excellency, we appeal to you.");
		TestUser officer = user(team, Role.ADVOCACY);
		DOWN_FOR.set(1);

		dispatchOn(officer, appeal, "FAX", "+41 22 917 9000", true).andExpect(status().isCreated());

		eventually(() -> assertThat(attempts(officer, appeal.caseId(), appeal.appealId()).get(0).get("status").asString()).isEqualTo("SENT"));
		JsonNode attempt = attempts(officer, appeal.caseId(), appeal.appealId()).get(0);
		assertThat(attempt.get("attempts").asInt()).isEqualTo(2);
		assertThat(postedWith(attempt.get("messageId").asString())).hasSize(2).extracting(FakeFaxService.Posted::to).containsOnly("0041229179000");
	}

	private static List<FakeFaxService.Posted> postedWith(String idempotencyKey) {
		return SERVICE.posted().stream().filter(p -> idempotencyKey.equals(p.header("Idempotency-Key"))).toList();
	}

}
