package org.vigil.directory.internal;

import java.lang.reflect.Field;

import org.hibernate.annotations.Formula;
import org.junit.jupiter.api.Test;
import org.vigil.directory.AuthorityKind;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorityKindRankTests {

	@Test
	void theListingOrderOfKindsFollowsTheirOrderInTheEnum() throws Exception {
		Field rank = AuthorityEntity.class.getDeclaredField("rank");
		String formula = rank.getAnnotation(Formula.class).value();
		for (AuthorityKind kind : AuthorityKind.values()) {
			if (kind != AuthorityKind.OTHER) {
				assertThat(formula).as(kind.name()).contains("when '" + kind.name() + "' then " + kind.ordinal() + " ");
			}
		}
		assertThat(formula).contains("else " + AuthorityKind.OTHER.ordinal() + " end");
	}

}
