package org.comity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is NFC-normalised and contains nothing invisible that could make two names look the
 * same or display in another order: no bidirectional controls, zero-width space, word joiner,
 * byte-order mark or other control characters. Zero-width (non-)joiners are allowed because some
 * scripts need them to render a word correctly. Null is valid (use {@code @NotBlank} for presence).
 */
@Documented
@Constraint(validatedBy = VisibleTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleText {

    String message() default "{extradition.text.invisible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
