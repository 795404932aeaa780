package org.comity.web.testprocess;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.comity.core.form.Hint;
import org.comity.core.form.Labelled;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/** The test process's first form: a choice, a rule across fields, a text kept out of the engine. */
@TaskForm("PlatformTestDecision")
@TestDecision.ReasonsWhenReturned
public record TestDecision(
        @NotNull Outcome decision,

        @Size(max = 2000) @LongText @Hint @VisibleText(multiline = true)
        String reasons,

        @FutureOrPresent LocalDate effectiveDate,
        @Min(1) @Max(10) Integer copies) {

    /** The decision's options. */
    public enum Outcome implements Labelled {
        APPROVE,
        RETURN;
    }

    /** A returned decision needs written reasons. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ReasonsWhenReturnedValidator.class)
    public @interface ReasonsWhenReturned {
        String message() default "must be given when the decision is RETURN";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link ReasonsWhenReturned} and reports it on the {@code reasons} field. */
    public static class ReasonsWhenReturnedValidator implements ConstraintValidator<ReasonsWhenReturned, TestDecision> {
        @Override
        public boolean isValid(TestDecision form, ConstraintValidatorContext context) {
            if (form.decision() != Outcome.RETURN
                    || form.reasons() != null && !form.reasons().isBlank()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("reasons")
                    .addConstraintViolation();
            return false;
        }
    }
}
