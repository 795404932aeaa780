package org.comity.core.repatriation.form;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * A form whose fields depend on each other. The form names each broken rule by the field it is
 * reported on, so that the officer sees it next to that field.
 */
public interface CrossFieldRules {

    /** Field name to message, for every cross-field rule the values break. */
    Map<String, String> brokenRules();

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Checks a {@link CrossFieldRules} form. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Checker.class)
    @interface Checked {
        String message() default "breaks a rule across fields";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Reports each broken rule on its field. */
    class Checker implements ConstraintValidator<Checked, CrossFieldRules> {
        @Override
        public boolean isValid(CrossFieldRules form, ConstraintValidatorContext context) {
            Map<String, String> broken = form.brokenRules();
            if (broken.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            broken.forEach((field, message) -> context.buildConstraintViolationWithTemplate(
                            message.replace("{", "\\{").replace("$", "\\$"))
                    .addPropertyNode(field)
                    .addConstraintViolation());
            return false;
        }
    }
}
