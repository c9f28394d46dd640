package org.vigil.appeals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.vigil.accounts.Role;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 11 item 6: partner organisations of joint appeals, kept by administrators, with a logo checked on upload. */
public class PartnerOrganisationTests extends WebIntegrationTest {

	/** A small PNG, as a partner's logo would be. */
	public static String pngLogo() throws Exception {
		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return Base64.getEncoder().encodeToString(png.toByteArray());
	}

	@Test
	void anAdministratorAddsAPartnerWithItsLogoAndSignatoriesAndItIsAudited() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		String id = read(mvc.perform(api(post("/api/partners"), admin).content(json.writeValueAsString(Map.of("name", "Citizens' Alliance",
				"description", "For North Korean human rights", "logo", pngLogo(),
				"signatories", List.of(Map.of("name", "Hannah Song", "title", "President"))))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.hasLogo").value(true))
			.andReturn()).get("id").asString();

		mvc.perform(api(get("/api/partners"), user(newTeam())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].signatories[0].title").value("President"));
		assertThat(jdbc.queryForList("select action from audit_entries where record_type = 'partner' and record_id = ?", String.class, id))
			.containsExactly("partner.added");
	}

	@Test
	void onlyAnAdministratorAddsAPartner() throws Exception {
		mvc.perform(api(post("/api/partners"), user(newTeam(), Role.REVIEWER)).content("{\"name\": \"Someone\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NOT_ADMINISTRATOR"));
	}

	@Test
	void aLogoThatIsNotAnImageOrTooLargeIsRefusedWithTheReason() throws Exception {
		TestUser admin = user(newTeam(), Role.ADMINISTRATOR);
		byte[] fakePng = new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0, 1, 2, 3 };
		mvc.perform(api(post("/api/partners"), admin).content(json.writeValueAsString(Map.of("name", "Broken",
				"logo", Base64.getEncoder().encodeToString(fakePng)))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("LOGO_NOT_AN_IMAGE"));
		mvc.perform(api(post("/api/partners"), admin).content(json.writeValueAsString(Map.of("name", "Broken", "logo", "not base64!"))))
			.andExpect(jsonPath("$.refusal").value("LOGO_NOT_AN_IMAGE"));
		byte[] large = new byte[512 * 1024 + 1];
		large[0] = (byte) 0x89;
		mvc.perform(api(post("/api/partners"), admin).content(json.writeValueAsString(Map.of("name", "Large",
				"logo", Base64.getEncoder().encodeToString(large)))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("LOGO_TOO_LARGE"));
	}

}
