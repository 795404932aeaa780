package org.comity.web.testprocess;

import org.comity.core.validation.VisibleText;
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
import org.comity.core.form.Label;
import org.comity.core.form.Labelled;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;

/** The test process's first form: a choice, a rule across fields, a text kept out of the engine. */
@TaskForm("PlatformTestDecision")
@Label(en = "Record the decision", zh = "记录决定")
@TestDecision.ReasonsWhenReturned
public record TestDecision(
        @NotNull @Label(en = "Decision", zh = "决定") Outcome decision,
        @Size(max = 2000) @LongText @Label(en = "Reasons", zh = "理由")
        @Hint(en = "Required when the request is returned", zh = "退回时必填") @VisibleText(multiline = true) String reasons,
        @FutureOrPresent @Label(en = "Effective date", zh = "生效日期") LocalDate effectiveDate,
        @Min(1) @Max(10) @Label(en = "Number of copies", zh = "份数") Integer copies) {

    /** The decision's options. */
    public enum Outcome implements Labelled {
        APPROVE("Approve", "批准"),
        RETURN("Return", "退回");

        private final String en;
        private final String zh;

        Outcome(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }

        @Override
        public String labelEn() {
            return en;
        }

        @Override
        public String labelZh() {
            return zh;
        }
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
            if (form.decision() != Outcome.RETURN || form.reasons() != null && !form.reasons().isBlank()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("reasons").addConstraintViolation();
            return false;
        }
    }
}
