package org.vigil.cases.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Themes as typed in the case form ({@code "forced return; detention"}): at most
 * {@link ThemesConverter#MAX_THEMES} of at most {@link ThemesConverter#MAX_THEME_LENGTH}
 * characters each, the same limits as the API's list.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ThemesText.Validator.class)
@interface ThemesText {

	String message() default "{themes.limits}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	final class Validator implements ConstraintValidator<ThemesText, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			Set<String> themes = ThemesConverter.parse(value);
			return themes.size() <= ThemesConverter.MAX_THEMES
					&& themes.stream().allMatch(theme -> theme.length() <= ThemesConverter.MAX_THEME_LENGTH);
		}

	}

}
