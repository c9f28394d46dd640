package org.vigil.platform.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BeanPropertyBindingResult;
import org.vigil.platform.Refusal;
import org.vigil.platform.RefusalRule;
import org.vigil.platform.Refused;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalAnswersTests {

	enum Rules implements RefusalRule {

		OWN_WORK(Kind.NOT_ALLOWED), TOO_EARLY(Kind.BAD_INPUT), STALE(Kind.WRONG_STATE), PURGED(Kind.GONE);

		private final Kind kind;

		Rules(Kind kind) {
			this.kind = kind;
		}

		@Override
		public Kind kind() {
			return kind;
		}

	}

	static class Form {

		private String startsOn;

		public String getStartsOn() {
			return startsOn;
		}

		public void setStartsOn(String startsOn) {
			this.startsOn = startsOn;
		}

	}

	private final StaticMessageSource messages = new StaticMessageSource();

	private final ApiProblemHandler api;

	RefusalAnswersTests() {
		messages.addMessage("refusal.OWN_WORK", Locale.ENGLISH, "You drafted this, so a second person must approve it.");
		messages.addMessage("refusal.TOO_EARLY", Locale.ENGLISH, "must be on or after {0}");
		messages.addMessage("refusal.TOO_EARLY", Locale.KOREAN, "{0} 이후여야 합니다");
		api = new ApiProblemHandler(new org.vigil.platform.RefusalMessages(messages));
	}

	private ProblemDetail answer(Refusal refusal) {
		return answer(new Refused(refusal));
	}

	private ProblemDetail answer(Refused refused) {
		org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.ENGLISH);
		var response = api.refused(refused, new MockHttpServletRequest("POST", "/api/things/1"));
		assertThat(response.getBody()).isNotNull();
		assertThat(response.getBody().getStatus()).isEqualTo(response.getStatusCode().value());
		return response.getBody();
	}

	@Test
	void aRuleThatForbidsAnswers403NamingTheRuleWithItsExplanation() {
		ProblemDetail problem = answer(Refusal.of(Rules.OWN_WORK));
		assertThat(problem.getStatus()).isEqualTo(403);
		assertThat(problem.getProperties()).containsEntry("refusal", "OWN_WORK");
		assertThat(problem.getDetail()).isEqualTo("You drafted this, so a second person must approve it.");
	}

	@Test
	void aRefusedFieldAnswers400WithTheFieldAndItsReasonInTheErrorList() {
		ProblemDetail problem = answer(Refusal.onField(Rules.TOO_EARLY, "startsOn", "2026-01-01"));
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getProperties().get("errors")).asList()
			.containsExactly(new RefusalProblems.FieldProblem("startsOn", "must be on or after 2026-01-01"));
	}

	@Test
	void detailsReachTheCallerAsProblemProperties() {
		ProblemDetail problem = answer(Refusal.of(Rules.STALE).with("currentVersion", 7L));
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getProperties()).containsEntry("currentVersion", 7L);
	}

	@Test
	void aRuleWithoutAMessageStillAnswersWithItsName() {
		ProblemDetail problem = answer(Refusal.of(Rules.PURGED));
		assertThat(problem.getStatus()).isEqualTo(410);
		assertThat(problem.getDetail()).isEqualTo("PURGED");
	}

	@Test
	void severalRefusedFieldsAnswerOneProblemListingEachWithItsReason() {
		ProblemDetail problem = answer(new Refused(java.util.List.of(Refusal.onField(Rules.TOO_EARLY, "startsOn", "2026-01-01"),
				Refusal.onField(Rules.TOO_EARLY, "endsOn", "2026-02-01"))));
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getProperties().get("errors")).asList().containsExactly(
				new RefusalProblems.FieldProblem("startsOn", "must be on or after 2026-01-01"),
				new RefusalProblems.FieldProblem("endsOn", "must be on or after 2026-02-01"));
		assertThat(problem.getDetail()).contains("2026-01-01").contains("2026-02-01");
	}

	@Test
	void aPageShowsTheRefusalOnItsFieldInTheReadersLanguage() {
		Form form = new Form();
		var result = new BeanPropertyBindingResult(form, "form");
		FormRefusals.reject(result, Refusal.onField(Rules.TOO_EARLY, "startsOn", "2026-01-01"));
		var error = result.getFieldError("startsOn");
		assertThat(error).isNotNull();
		assertThat(messages.getMessage(error, Locale.KOREAN)).isEqualTo("2026-01-01 이후여야 합니다");
	}

	@Test
	void aPageShowsARefusalWithoutAFieldForTheWholeForm() {
		var result = new BeanPropertyBindingResult(new Form(), "form");
		FormRefusals.reject(result, Refusal.onField(Rules.OWN_WORK, "noSuchField"));
		assertThat(result.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("refusal.OWN_WORK");
	}

	@Test
	void aRefusalTheFormHasNoFieldForGoesOnToTheErrorPage() {
		var result = new BeanPropertyBindingResult(new Form(), "form");
		Refused purged = new Refused(Refusal.of(Rules.PURGED));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormRefusals.show(result, purged)).isSameAs(purged);
		assertThat(result.hasErrors()).isFalse();
		FormRefusals.show(result, new Refused(Refusal.onField(Rules.TOO_EARLY, "startsOn", "2026-01-01")));
		assertThat(result.getFieldError("startsOn")).isNotNull();
	}

	@Test
	void theErrorPageAnswersWithTheStatusOfTheRefusalsKind() {
		var response = new MockHttpServletResponse();
		var view = new PageErrorHandler().refused(new Refused(Refusal.of(Rules.PURGED, "CN 1/2026")), response);
		assertThat(response.getStatus()).isEqualTo(410);
		assertThat(view.getModel()).containsEntry("messageKey", "refusal.PURGED");
		assertThat((Object[]) view.getModel().get("messageArguments")).containsExactly("CN 1/2026");
	}

}
