package org.vigil.publishing.internal.site;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.vigil.platform.Refused;
import org.vigil.publishing.PublicItem;
import org.vigil.publishing.PublicKind;
import org.vigil.publishing.PublicSite;
import org.vigil.publishing.PublicText;
import org.vigil.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.vigil.publishing.internal.site.PublicTextFixtures.appeal;
import static org.vigil.publishing.internal.site.PublicTextFixtures.corrected;

/** What a released text becomes on the public site: an item at a stable address, its corrections, its withdrawal. */
class PublicSiteTests extends WebIntegrationTest {

	@Autowired
	PublicSite site;

	@Test
	void aPublishedItemLivesAtAnAddressNamingYearCountryNumberKindAndTitle() {
		PublicItem item = site.publish(appeal("Release of Refugee Group Ä", "They are held in Tumen.", "LA"));

		assertThat(item.slug()).matches("2026/la-[0-9]+-urgent-appeal-release-of-refugee-group-a");
		assertThat(item.path()).isEqualTo("/public/" + item.slug());
		assertThat(item.version()).isEqualTo(1);
		assertThat(item.lastCorrected()).isNull();
	}

	@Test
	void theNextItemOfTheSameCountryAndYearTakesTheNextNumber() {
		PublicItem first = site.publish(appeal("First of two", "Body.", "KH"));
		PublicItem second = site.publish(appeal("Second of two", "Body.", "KH"));

		assertThat(number(second)).isEqualTo(number(first) + 1);
	}

	@Test
	void aTitleWithoutLatinLettersLeavesTheSlugAtYearCountryNumberAndKind() {
		PublicItem item = site.publish(PublicTextFixtures.in("ko", "탈북민 강제송환 중단 촉구", "본문.", "030", "KR", "강제송환"));

		assertThat(item.slug()).matches("2026/kr-[0-9]+-urgent-appeal");
	}

	@Test
	void theSameReleaseHandedInTwiceIsOneItem() {
		PublicText text = appeal("Handed in twice", "Body.", "MN");

		assertThat(site.publish(text)).isEqualTo(site.publish(text));
	}

	@Test
	void theItemPageShowsTheTextEscapedInItsLanguageWithoutSettingACookie() throws Exception {
		PublicItem item = site.publish(appeal("An appeal <b>to escape</b>", "First paragraph.\n\nSecond <script>paragraph</script>.", "TH"));

		MockHttpServletResponse page = mvc.perform(get(item.path())).andReturn().getResponse();

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("<article class=\"public-item\" lang=\"en\">")
			.contains("An appeal &lt;b&gt;to escape&lt;/b&gt;").contains("<p>First paragraph.</p>")
			.contains("<p>Second &lt;script&gt;paragraph&lt;/script&gt;.</p>").doesNotContain("<script>");
		assertThat(page.getHeader("Set-Cookie")).isNull();
		assertThat(page.getCookies()).isEmpty();
	}

	@Test
	void aCorrectionKeepsTheAddressSaysCorrectedOnAndLeavesTheFirstVersionReadable() throws Exception {
		PublicText text = appeal("Before the correction", "The wrong date.", "VN");
		PublicItem first = site.publish(text);

		PublicItem second = site.correct(first.slug(), corrected(text, "After the correction", "The right date."));

		assertThat(second.path()).isEqualTo(first.path());
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.lastCorrected()).isNotNull();
		String current = mvc.perform(get(first.path())).andReturn().getResponse().getContentAsString();
		assertThat(current).contains("After the correction").contains("Corrected on").doesNotContain("The wrong date.");
		String earlier = mvc.perform(get(first.path()).param("version", "1")).andReturn().getResponse().getContentAsString();
		assertThat(earlier).contains("Before the correction").contains("The wrong date.").contains("You are reading version 1");
	}

	@Test
	void aVersionThatNeverExistedIsNotFound() throws Exception {
		PublicItem item = site.publish(appeal("Only one version", "Body.", "MY"));

		assertThat(mvc.perform(get(item.path()).param("version", "7")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aWithdrawnItemsAddressAnswersGoneWithTheNotice() throws Exception {
		PublicItem item = site.publish(appeal("To be withdrawn", "Body that goes away.", "ID"));

		site.withdraw(item.slug(), "Withdrawn at the family's request.");

		MockHttpServletResponse page = mvc.perform(get(item.path())).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(410);
		assertThat(page.getContentAsString()).contains("Withdrawn at the family&#39;s request.").doesNotContain("Body that goes away.");
	}

	@Test
	void aWithdrawnItemIsNotCorrectedAnyMore() {
		PublicText text = appeal("Withdrawn, then corrected", "Body.", "PH");
		PublicItem item = site.publish(text);
		site.withdraw(item.slug(), "Withdrawn.");

		assertThatThrownBy(() -> site.correct(item.slug(), corrected(text, "Again", "Body.")))
			.isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.refusal().rule()).isEqualTo(PublicSiteRule.PUBLIC_ITEM_WITHDRAWN));
	}

	@Test
	void aTextFiledUnderNoUnM49AreaIsRefusedNamingTheField() {
		PublicText text = PublicTextFixtures.in("en", "Filed nowhere", "Body.", "East Asia", "CN", "Detention");

		assertThatThrownBy(() -> site.publish(text))
			.isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.refusal().field()).isEqualTo("region"));
	}

	@Test
	void aTextWithoutItsCountryCodeIsRefusedNamingTheField() {
		PublicText text = new PublicText(UUID.randomUUID(), PublicKind.PRESS_RELEASE, "Title", "", "Body.", "en", "030", "XX",
				java.util.List.of(), PublicTextFixtures.RELEASED);

		assertThatThrownBy(() -> site.publish(text))
			.isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.refusal().field()).isEqualTo("countryCode"));
	}

	@Test
	void anUnknownItemIsNotFound() throws Exception {
		assertThat(mvc.perform(get("/public/2026/zz-1-urgent-appeal-nothing")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private static int number(PublicItem item) {
		return Integer.parseInt(item.slug().split("-")[1]);
	}

}
