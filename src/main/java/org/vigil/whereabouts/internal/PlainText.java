package org.vigil.whereabouts.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text a person wrote, beyond the one text rule every request meets at the edge (the platform's
 * {@code AcceptedText}, which leaves only tab and line breaks of the control characters): no tab or
 * line break in one-line values such as a custodian's name ({@code lines = false}), and no line or
 * paragraph separator nor invisible formatting character; {@code null} is left to {@code @NotNull}.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
@interface PlainText {

	String message() default "must not hold control characters";

	/** Whether tabs and line breaks are allowed. */
	boolean lines() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	final class Validator implements ConstraintValidator<PlainText, String> {

		private boolean lines;

		@Override
		public void initialize(PlainText annotation) {
			lines = annotation.lines();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || isPlain(value, lines);
		}

		static boolean isPlain(String value, boolean lines) {
			return value.codePoints().noneMatch(c -> !lines && (c == '\t' || c == '\n' || c == '\r')
					|| c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.FORMAT && c != 0x200D && c != 0x200C);
		}

	}

}
