package org.vigil.evidence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.vigil.accounts.Role;
import org.vigil.platform.VigilProperties;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence files of a case: uploaded through the page or the API, listed to whoever sees the case
 * with their names hidden until the identities are revealed, downloaded only after the reveal —
 * byte for byte as uploaded, as an attachment — and gone with the case's key when it is purged.
 */
class EvidenceFilesTests extends WebIntegrationTest {

	private static final byte[] PHOTO = "\u00ff\u00d8\u00ff\u00e0 JFIF photo of the cell".getBytes(StandardCharsets.ISO_8859_1);

	@Autowired
	private VigilProperties vigil;

	@Test
	void aFileUploadedThroughThePageIsListedWithoutItsNameAndDownloadedAfterTheRevealAsItWas() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Evidence", "CN");
		MockHttpSession session = signIn(researcher);

		mvc.perform(multipart("/cases/" + caseId + "/files").file(new MockMultipartFile("file", "김철 in Tumen.jpg", "image/jpeg", PHOTO))
				.param("description", "Taken by his sister").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + caseId + "#evidence"));

		String fragment = mvc.perform(get("/cases/" + caseId + "/files").header("HX-Request", "true").session(session))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(fragment).doesNotContain("<html").contains("File 1 (image/jpeg, " + PHOTO.length + " B)")
			.doesNotContain("김철").doesNotContain("his sister");
		mvc.perform(get("/cases/" + caseId).session(session))
			.andExpect(content().string(containsString("hx-get=\"/cases/" + caseId + "/files\"")));

		reveal(researcher, caseId);
		mvc.perform(get("/cases/" + caseId + "/files").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<bdi>김철 in Tumen.jpg</bdi> <span>(image/jpeg")))
			.andExpect(content().string(containsString("Taken by his sister")));
		String link = "/cases/" + caseId + "/files/" + fileIds(researcher, caseId).get(0);
		MockHttpServletResponse download = mvc.perform(get(link).session(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/octet-stream"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(PHOTO);
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''%EA%B9%80%EC%B2%A0%20in%20Tumen.jpg");
	}

	@Test
	void aFileUploadedThroughTheApiComesBackTheSameAfterTheReveal() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Evidence", "CN");
		UUID fileId = uploadEvidence(researcher, caseId, "statement-of-Ri.pdf", "application/pdf; charset=binary", PHOTO);

		mvc.perform(api(get("/api/cases/" + caseId + "/files"), researcher))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(fileId.toString()))
			.andExpect(jsonPath("$[0].number").value(1))
			.andExpect(jsonPath("$[0].hidden").value(true))
			.andExpect(jsonPath("$[0].name").doesNotExist())
			.andExpect(jsonPath("$[0].mediaType").value("application/pdf"))
			.andExpect(jsonPath("$[0].sizeBytes").value(PHOTO.length))
			.andExpect(content().string(not(containsString("Ri.pdf"))));

		reveal(researcher, caseId);
		mvc.perform(api(get("/api/cases/" + caseId + "/files"), researcher))
			.andExpect(jsonPath("$[0].name").value("statement-of-Ri.pdf"))
			.andExpect(jsonPath("$[0].hidden").value(false));
		MockHttpServletResponse download = mvc.perform(api(get("/api/cases/" + caseId + "/files/" + fileId), researcher))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/octet-stream"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(PHOTO);
		assertThat(download.getHeader("Content-Disposition")).isEqualTo(
				"attachment; filename=\"statement-of-Ri.pdf\"; filename*=UTF-8''statement-of-Ri.pdf");
	}

	@Test
	void theContentOnDiskIsEncryptedAndEveryUploadAndDownloadIsAuditedWithoutTheName() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Evidence", "CN");
		UUID fileId = uploadEvidence(researcher, caseId, "Pak-Kyong-hui.jpg", "image/jpeg", PHOTO);
		reveal(researcher, caseId);
		mvc.perform(api(get("/api/cases/" + caseId + "/files/" + fileId), researcher)).andExpect(status().isOk());

		Path stored = vigil.home().resolve("files").resolve(caseId.toString()).resolve(fileId.toString());
		assertThat(stored).exists();
		assertThat(Files.readAllBytes(stored)).isNotEqualTo(PHOTO).hasSizeGreaterThan(PHOTO.length);
		assertThat(new String(Files.readAllBytes(stored), StandardCharsets.ISO_8859_1)).doesNotContain("photo of the cell");
		if (stored.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(stored))).isEqualTo("rw-------");
		}
		List<String> audit = jdbc.queryForList("select action || ' ' || outcome || ' ' || coalesce(details::text, '') "
				+ "from audit_entries where record_id = ? and action like 'evidence.%' order by id", String.class, caseId.toString());
		assertThat(audit).hasSize(2);
		assertThat(audit.get(0)).startsWith("evidence.uploaded success").contains(fileId.toString());
		assertThat(audit.get(1)).startsWith("evidence.read success").contains(fileId.toString());
		assertThat(audit).noneMatch(line -> line.contains("Pak"));
	}

	@Test
	void withoutTheRevealADownloadIsRefusedAndTheNameStaysHidden() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(researcher, "Evidence", "CN");
		UUID fileId = uploadEvidence(researcher, caseId, "Pak-Kyong-hui.jpg", "image/jpeg", PHOTO);

		for (TestUser someone : List.of(researcher, reviewer)) {
			mvc.perform(api(get("/api/cases/" + caseId + "/files/" + fileId), someone))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.refusal").value("IDENTITIES_NOT_REVEALED"))
				.andExpect(content().string(not(containsString("Pak"))));
			String page = mvc.perform(get("/cases/" + caseId + "/files/" + fileId).session(signIn(someone)))
				.andExpect(status().isForbidden())
				.andReturn().getResponse().getContentAsString();
			assertThat(page).contains("only while the identities of the case are revealed to you").doesNotContain("Pak");
		}
		mvc.perform(api(get("/api/cases/" + caseId + "/files"), reviewer))
			.andExpect(jsonPath("$[0].name").doesNotExist())
			.andExpect(content().string(not(containsString("Pak"))));
		// Without the identity permission, a reviewer of the team cannot reveal, so never downloads.
		mvc.perform(api(post("/api/cases/" + caseId + "/reveal"), reviewer)
			.content("{\"reason\": \"Preparing the urgent appeal\", \"password\": \"" + PASSWORD + "\"}"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from audit_entries where record_id = ? and action = 'evidence.read' "
				+ "and outcome = 'denied'", Long.class, caseId.toString())).isEqualTo(4);
	}

	@Test
	void anotherTeamAndAnotherCasesFileIdAnswerNotFound() throws Exception {
		TestUser owner = user(newTeam());
		TestUser outsider = user(newTeam(), Role.RESEARCHER, Role.REVIEWER);
		UUID caseId = openCase(owner, "Evidence", "CN");
		UUID otherCase = openCase(owner, "Other evidence", "CN");
		UUID fileId = uploadEvidence(owner, caseId, "a.jpg", "image/jpeg", PHOTO);
		reveal(owner, caseId);
		reveal(owner, otherCase);

		mvc.perform(api(get("/api/cases/" + caseId + "/files/" + fileId), outsider)).andExpect(status().isNotFound());
		mvc.perform(api(get("/api/cases/" + caseId + "/files"), outsider)).andExpect(status().isNotFound());
		mvc.perform(multipart("/api/cases/" + caseId + "/files").file(new MockMultipartFile("file", "x.jpg", "image/jpeg", PHOTO))
				.header("Authorization", "Bearer " + outsider.token()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/cases/" + caseId + "/files/" + fileId).session(signIn(outsider))).andExpect(status().isNotFound());

		mvc.perform(api(get("/api/cases/" + otherCase + "/files/" + fileId), owner))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/cases/" + otherCase + "/files/" + fileId).session(signIn(owner))).andExpect(status().isNotFound());
		mvc.perform(api(get("/api/cases/" + caseId + "/files/" + UUID.randomUUID()), owner)).andExpect(status().isNotFound());
	}

	@Test
	void onlyResearchersUpload() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser reviewer = user(team, Role.REVIEWER);
		UUID caseId = openCase(researcher, "Evidence", "CN");
		mvc.perform(multipart("/api/cases/" + caseId + "/files").file(new MockMultipartFile("file", "x.jpg", "image/jpeg", PHOTO))
				.header("Authorization", "Bearer " + reviewer.token()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cases/" + caseId + "/files").session(signIn(reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("multipart/form-data"))));
		mvc.perform(get("/cases/" + caseId + "/files").session(signIn(researcher)))
			.andExpect(content().string(containsString("multipart/form-data")));
	}

	@Test
	void aFileOverTheLimitIsRefusedWithAClearMessage() throws Exception {
		TestUser researcher = user(newTeam());
		UUID caseId = openCase(researcher, "Evidence", "CN");
		MockMultipartFile tooLarge = new MockMultipartFile("file", "video.mp4", "video/mp4", new byte[25 * 1024 * 1024 + 1]);

		mvc.perform(multipart("/api/cases/" + caseId + "/files").file(tooLarge).header("Authorization", "Bearer " + researcher.token()))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.title").value("File too large"))
			.andExpect(jsonPath("$.refusal").value("TOO_LARGE"))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.detail").value(containsString("larger than 25 MB")));
		mvc.perform(multipart("/cases/" + caseId + "/files").file(tooLarge).session(signIn(researcher)).with(csrf()))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(containsString("The file is larger than 25 MB, the limit per file")));
		mvc.perform(multipart("/cases/" + caseId + "/files").session(signIn(researcher)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a file to upload.")));
		mvc.perform(api(get("/api/cases/" + caseId + "/files"), researcher)).andExpect(jsonPath("$").isEmpty());
		assertThat(vigil.home().resolve("files").resolve(caseId.toString())).doesNotExist();
	}

	@Test
	void afterThePurgeAFileIsRefusedAsDestroyedWithTheCasesKey() throws Exception {
		String team = newTeam();
		TestUser researcher = user(team);
		TestUser administrator = user(team, Role.ADMINISTRATOR);
		UUID caseId = openCase(researcher, "Evidence", "CN");
		UUID fileId = uploadEvidence(researcher, caseId, "Pak-Kyong-hui.jpg", "image/jpeg", PHOTO);
		reveal(researcher, caseId);
		Path folder = vigil.home().resolve("files").resolve(caseId.toString());
		assertThat(folder).isDirectory();
		String reference = read(mvc.perform(api(get("/api/cases/" + caseId), researcher)).andReturn()).get("reference").asString();

		mvc.perform(post("/cases/" + caseId + "/purge").param("confirmation", reference).session(signIn(administrator)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		// Removed by the evidence module once it learns of the purge (CasePurged), possibly on another thread.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(folder).as("the folder goes with the key").doesNotExist());
		mvc.perform(api(get("/api/cases/" + caseId + "/files/" + fileId), researcher))
			.andExpect(status().isGone())
			.andExpect(jsonPath("$.detail").value(containsString("destroyed with the case's key")));
		MockHttpSession session = signIn(researcher);
		mvc.perform(get("/cases/" + caseId + "/files/" + fileId).session(session))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("the file was destroyed with the case&#39;s key")));
		mvc.perform(get("/cases/" + caseId + "/files").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("File 1 [purged]")))
			.andExpect(content().string(not(containsString("multipart/form-data"))));
		mvc.perform(multipart("/api/cases/" + caseId + "/files").file(new MockMultipartFile("file", "x.jpg", "image/jpeg", PHOTO))
				.header("Authorization", "Bearer " + researcher.token()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("CASE_PURGED"));
	}

	private List<String> fileIds(TestUser user, UUID caseId) throws Exception {
		List<String> ids = new java.util.ArrayList<>();
		read(mvc.perform(api(get("/api/cases/" + caseId + "/files"), user)).andReturn()).forEach(file -> ids.add(file.get("id").asString()));
		return ids;
	}

}
