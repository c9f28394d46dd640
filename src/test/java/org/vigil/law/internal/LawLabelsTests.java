package org.vigil.law.internal;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.vigil.law.ConsentWay;
import org.vigil.law.ParticipationStatus;
import org.vigil.law.RiskProfile;
import org.vigil.law.Strength;

import static org.assertj.core.api.Assertions.assertThat;

/** Every value the law pages show by name has its label in English, Korean and Chinese. */
class LawLabelsTests {

	@Test
	void statusesWaysStrengthsAndClaimGroupsHaveTheirLabelsInEveryLanguage() {
		var messages = LawFixtures.messages();
		messages.setUseCodeAsDefaultMessage(false);
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.KOREAN, Locale.CHINESE }) {
			for (ParticipationStatus status : ParticipationStatus.values()) {
				assertThat(messages.getMessage("law.status." + status, null, locale)).isNotBlank();
			}
			for (ConsentWay way : ConsentWay.values()) {
				assertThat(messages.getMessage("law.how." + way, null, locale)).isNotBlank();
			}
			for (RiskProfile.Claim.Group group : RiskProfile.Claim.Group.values()) {
				assertThat(messages.getMessage("law.group." + group, null, locale)).isNotBlank();
			}
			for (Strength strength : Strength.values()) {
				assertThat(messages.getMessage("law.strength." + strength, null, locale)).isNotBlank();
			}
			for (LawRefusal refusal : LawRefusal.values()) {
				assertThat(messages.getMessage("refusal." + refusal.name(), new Object[] { "x", "y" }, locale)).isNotBlank();
			}
		}
	}

}
