package org.vigil.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date or moment within the years Vigil records and reasons about: from {@value #EARLIEST} to
 * {@value #LATEST} (UTC for a moment). Nobody Vigil follows was born before 1900, no report,
 * share or grant reaches past 2199, and everything in between can be stored, compared and shown in
 * every language; a date such as {@code +999999999-12-31} cannot. Null is left to {@code @NotNull}.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = { CalendarDate.ForLocalDate.class, CalendarDate.ForInstant.class })
public @interface CalendarDate {

	/** The first day accepted. */
	String EARLIEST = "1900-01-01";

	/** The last day accepted. */
	String LATEST = "2199-12-31";

	String message() default "must be a date from " + EARLIEST + " to " + LATEST;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	final class ForLocalDate implements ConstraintValidator<CalendarDate, LocalDate> {

		/** Whether the day is within the accepted years. */
		public static boolean accepts(LocalDate day) {
			return !day.isBefore(LocalDate.parse(EARLIEST)) && !day.isAfter(LocalDate.parse(LATEST));
		}

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || accepts(value);
		}

	}

	final class ForInstant implements ConstraintValidator<CalendarDate, Instant> {

		private static final Instant FIRST = LocalDate.parse(EARLIEST).atStartOfDay().toInstant(ZoneOffset.UTC);

		private static final Instant AFTER_LAST = LocalDate.parse(LATEST).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

		@Override
		public boolean isValid(Instant value, ConstraintValidatorContext context) {
			return value == null || !value.isBefore(FIRST) && value.isBefore(AFTER_LAST);
		}

	}

}
