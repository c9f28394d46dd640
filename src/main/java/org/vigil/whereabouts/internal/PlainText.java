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
 * Text a person wrote: no control characters but tab and line breaks (which {@code lines = false}
 * refuses too, for one-line values such as a custodian's name); {@code null} is left to {@code @NotNull}.
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
			return value.codePoints().noneMatch(c -> Character.isISOControl(c) && !(lines && (c == '\t' || c == '\n' || c == '\r'))
					|| c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.FORMAT && c != 0x200D && c != 0x200C);
		}

	}

}
