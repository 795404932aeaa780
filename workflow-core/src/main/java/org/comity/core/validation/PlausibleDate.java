package org.comity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date of a person's life or papers lies in a plausible range: not before {@link #from} and, where
 * {@link #yearsAhead} is set, not more than that many years after today. A date of birth keeps its
 * own rule against the future ({@code @Past}, {@code DateOfBirthInThePast}), so that a future date
 * is reported once. A date of birth of
 * {@code 0000-01-01} or a document expiry in the Buddhist era ({@code 2568}) is a typing or
 * calendar error, not a fact (reliability-and-security.md §4 "Dates"). Null is valid.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.TYPE_USE,
    ElementType.RECORD_COMPONENT
})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    String message() default "{comity.date.Range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Earliest date, ISO format. */
    String from() default "1900-01-01";

    /** How many years after today the date may lie; negative for no upper bound. */
    int yearsAhead() default -1;
}
