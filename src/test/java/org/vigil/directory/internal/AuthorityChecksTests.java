package org.vigil.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigil.directory.AuthorityKind;
import org.vigil.directory.ChannelKind;
import org.vigil.directory.FormOfAddress;
import org.vigil.platform.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorityChecksTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private static AuthorityDraft with(AuthorityDraft.ChannelDraft... channels) {
		return new AuthorityDraft("CN", AuthorityKind.MINISTRY_OF_FOREIGN_AFFAIRS, null, "Minister of Foreign Affairs", null, null,
				List.of("zh", "en"), List.of(new FormOfAddress("en", "Your Excellency,", null)), List.of(channels));
	}

	private static AuthorityDraft.ChannelDraft channel(ChannelKind kind, String value) {
		return new AuthorityDraft.ChannelDraft(kind, value, LocalDate.of(2026, 1, 5), "The ministry's website");
	}

	private static String refusedField(AuthorityDraft draft) {
		Optional<Refusal> refusal = AuthorityChecks.check(draft, TODAY);
		assertThat(refusal).as("refused").isPresent();
		return refusal.get().field() + " " + refusal.get().rule();
	}

	@Test
	void anEntryWithOneChannelOfEachKindInTheirShapesIsAccepted() {
		assertThat(AuthorityChecks.check(with(channel(ChannelKind.POSTAL, "2 Chaoyangmen Nandajie\nBeijing 100701"),
				channel(ChannelKind.FAX, "+86 10 6596 1234"), channel(ChannelKind.EMAIL, "office@example.org"),
				channel(ChannelKind.WEB_FORM, "https://www.example.org/contact")), TODAY)).isEmpty();
	}

	@Test
	void anEmailAddressWithoutADomainIsRefusedOnItsField() {
		assertThat(refusedField(with(channel(ChannelKind.EMAIL, "office@localhost")))).isEqualTo("channels.EMAIL.value DIRECTORY_EMAIL_SHAPE");
	}

	@Test
	void aFaxNumberNotInInternationalFormIsRefused() {
		assertThat(refusedField(with(channel(ChannelKind.FAX, "010 6596 1234")))).isEqualTo("channels.FAX.value DIRECTORY_FAX_SHAPE");
		assertThat(refusedField(with(channel(ChannelKind.FAX, "+86 12")))).isEqualTo("channels.FAX.value DIRECTORY_FAX_SHAPE");
	}

	@Test
	void aWebFormThatIsNotAnHttpAddressIsRefused() {
		assertThat(refusedField(with(channel(ChannelKind.WEB_FORM, "javascript:alert(1)")))).isEqualTo("channels.WEB_FORM.value DIRECTORY_WEB_FORM_SHAPE");
	}

	@Test
	void twoChannelsOfOneKindAreRefused() {
		assertThat(refusedField(with(channel(ChannelKind.EMAIL, "a@example.org"), channel(ChannelKind.EMAIL, "b@example.org"))))
			.isEqualTo("channels.EMAIL.value DIRECTORY_REPEATED");
	}

	@Test
	void aChannelKnownOnAFutureDateOrWithoutASourceIsRefused() {
		assertThat(refusedField(with(new AuthorityDraft.ChannelDraft(ChannelKind.POSTAL, "Beijing", TODAY.plusDays(1), "a page"))))
			.isEqualTo("channels.POSTAL.asOf DIRECTORY_DATE_OUT_OF_RANGE");
		assertThat(refusedField(with(new AuthorityDraft.ChannelDraft(ChannelKind.POSTAL, "Beijing", TODAY, null))))
			.isEqualTo("channels.POSTAL.source DIRECTORY_REQUIRED");
	}

	@Test
	void controlCharactersInATitleAndAnUnknownCountryOrLanguageAreRefused() {
		AuthorityDraft good = with();
		assertThat(refusedField(new AuthorityDraft("CN", good.kind(), null, "Minister\u0007", null, null, List.of(), List.of(), List.of())))
			.isEqualTo("title DIRECTORY_CONTROL_CHARACTERS");
		assertThat(refusedField(new AuthorityDraft("XX", good.kind(), null, "Minister", null, null, List.of(), List.of(), List.of())))
			.isEqualTo("country DIRECTORY_NOT_OFFERED");
		assertThat(refusedField(new AuthorityDraft("CN", good.kind(), null, "Minister", null, null, List.of("cn"), List.of(), List.of())))
			.isEqualTo("languages DIRECTORY_NOT_OFFERED");
	}

	@Test
	void aSalutationLongerThanItsLimitIsRefusedWithTheLimit() {
		AuthorityDraft draft = new AuthorityDraft("CN", AuthorityKind.OTHER, null, "Office", null, null, List.of(),
				List.of(new FormOfAddress("zh", "尊".repeat(301), null)), List.of());
		Refusal refusal = AuthorityChecks.check(draft, TODAY).orElseThrow();
		assertThat(refusal.field()).isEqualTo("forms.zh.salutation");
		assertThat(refusal.arguments()).containsExactly(300);
	}

}
