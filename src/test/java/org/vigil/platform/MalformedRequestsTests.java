package org.vigil.platform;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vigil.support.RawHttp;
import org.vigil.support.RawHttp.Answer;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that the servlet container itself cannot read — no well-behaved client sends them, so
 * they go over a socket byte for byte — answer a 4xx: a problem naming what is wrong for the API,
 * the friendly error page for the pages; and an anonymous or token-carrying API request leaves no
 * session behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestsTests extends WebIntegrationTest {

	@LocalServerPort
	private int port;

	@Test
	void aMultipartBodyWithoutBoundaryOnAJsonRouteIsAProblemNotAServerError() throws Exception {
		TestUser researcher = user(newTeam());
		Answer answer = RawHttp.send(port, "POST /api/cases HTTP/1.1\r\n" + bearer(researcher) + "\r\nContent-Type: multipart/form-data",
				"{\"title\": \"Detained\", \"countryOfCustody\": \"CN\"}".getBytes(StandardCharsets.UTF_8));
		assertProblem(answer, 400, "MALFORMED_MULTIPART");
	}

	@Test
	void aTruncatedUploadIsAProblemAndNothingIsStored() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Cut short", "CN");
		String body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\nContent-Type: image/jpeg\r\n\r\nhalf a ph";
		Answer answer = RawHttp.send(port, "POST /api/cases/" + caseId + "/files HTTP/1.1\r\n" + bearer(researcher)
				+ "\r\nContent-Type: multipart/form-data; boundary=XyZ", body.getBytes(StandardCharsets.UTF_8));
		assertProblem(answer, 400, "MALFORMED_MULTIPART");
		assertThat(jdbc.queryForObject("select count(*) from evidence_files where case_id = ?", Integer.class, caseId)).isZero();
	}

	@Test
	void aBrokenPercentEncodingInTheQueryIsAProblemInTheApi() throws Exception {
		TestUser researcher = user(newTeam());
		for (String country : new String[] { "%zz", "%ED%A0%80", "%" }) {
			assertProblem(RawHttp.send(port, "GET /api/cases?country=" + country + " HTTP/1.1\r\n" + bearer(researcher)), 400,
					"MALFORMED_PARAMETERS");
		}
	}

	@Test
	void aBrokenPercentEncodingInTheQueryShowsTheFriendlyPage() throws Exception {
		Answer answer = RawHttp.send(port, "GET /cases?country=%ED%A0%80 HTTP/1.1\r\nAccept: text/html");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("content-type")).startsWith("text/html");
		assertThat(answer.body()).contains("cannot be read").doesNotContain("Exception");
	}

	@Test
	void aControlCharacterInAParameterShowsTheFriendlyPageNamingTheField() throws Exception {
		Answer answer = RawHttp.send(port, "GET /cases?country=%00 HTTP/1.1\r\nAccept: text/html");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("The field country contains a control character (U+0000, character 1).");
	}

	@Test
	void aLoneSurrogateInThePasswordOfTheSignInFormIsRefusedNotAServerError() throws Exception {
		TestUser researcher = user(newTeam());
		byte[] form = ("username=" + researcher.username() + "&password=%ED%A0%80").getBytes(StandardCharsets.US_ASCII);
		Answer answer = RawHttp.send(port, "POST /login HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded", form);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).doesNotContain("Exception");
	}

	@Test
	void aLoneSurrogateInAPasswordSentAsJsonIsRefusedNamingTheField() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Surrogates", "CN");
		byte[] body = "{\"reason\": \"Preparing the appeal\", \"password\": \"\\ud800\"}".getBytes(StandardCharsets.US_ASCII);
		Answer answer = RawHttp.send(port, "POST /api/cases/" + caseId + "/reveal HTTP/1.1\r\n" + bearer(researcher)
				+ "\r\nContent-Type: application/json", body);
		assertProblem(answer, 400, "LONE_SURROGATE");
		assertThat(answer.body()).contains("\"field\":\"password\"");
	}

	@Test
	void aRequestForTheErrorPageItselfIsNotFound() throws Exception {
		Answer page = RawHttp.send(port, "GET /error HTTP/1.1\r\nAccept: text/html");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.header("content-type")).startsWith("text/html");
		Answer posted = RawHttp.send(port, "POST /error HTTP/1.1\r\nContent-Type: application/json", "{}".getBytes(StandardCharsets.US_ASCII));
		assertThat(posted.status()).isBetween(400, 499);
	}

	@Test
	void anAnonymousApiRequestIsRefusedWithoutStartingASession() throws Exception {
		// Without Accept, or accepting anything, as curl and most scripts send it.
		for (String head : new String[] { "GET /api/cases HTTP/1.1", "GET /api/cases?page=2 HTTP/1.1\r\nAccept: */*" }) {
			Answer answer = RawHttp.send(port, head);
			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.header("set-cookie")).as(head).isNull();
		}
	}

	@Test
	void anApiRequestWithATokenLeavesNoSessionBehind() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "No session", "CN");
		Answer answer = RawHttp.send(port, "GET /api/cases/" + caseId + " HTTP/1.1\r\nAuthorization: Bearer " + researcher.token());
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("set-cookie")).isNull();
		Answer refused = RawHttp.send(port, "GET /api/cases/" + UUID.randomUUID() + " HTTP/1.1\r\nAuthorization: Bearer vgl_not_a_token");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.header("set-cookie")).isNull();
	}

	private static String bearer(TestUser user) {
		return "Authorization: Bearer " + user.token() + "\r\nAccept: application/json";
	}

	private static void assertProblem(Answer answer, int status, String refusal) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.header("content-type")).startsWith("application/problem+json");
		assertThat(answer.body()).contains("\"status\":" + status).contains("\"refusal\":\"" + refusal + "\"");
	}

}
