package org.comity.core.mla.form;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * The text is a valid evidence list ({@link EvidenceItems}); each bad line is its own violation on
 * the field. Null is valid (use {@code @NotBlank} or {@code RequiredWhen} for presence).
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EvidenceList.Validator.class)
public @interface EvidenceList {

    String message() default "is not a valid evidence list";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link EvidenceList}. */
    class Validator implements ConstraintValidator<EvidenceList, String> {

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            List<String> problems = EvidenceItems.problems(text);
            if (problems.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            problems.forEach(problem ->
                    context.buildConstraintViolationWithTemplate(problem).addConstraintViolation());
            return false;
        }
    }
}
