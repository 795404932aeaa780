package org.comity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text follows {@link TextRule}, the one rule for typed text: NFC, no unpaired surrogate, no
 * control character (line breaks only where {@link #multiline}), nothing invisible that could make
 * two names look the same or display in another order (bidi controls, zero-width space, word
 * joiner, byte-order mark; the zero-width joiners stay allowed because some scripts need them), at
 * most {@link #max} characters, and only characters Comity's documents can print. Null is valid
 * (use {@code @NotBlank} for presence). The violation's message names which part was broken and
 * the offending character as {@code U+XXXX}.
 */
@Documented
@Constraint(validatedBy = VisibleTextValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.TYPE_USE,
    ElementType.RECORD_COMPONENT
})
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleText {

    String message() default "{extradition.text.invisible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether line breaks are allowed (facts, reasons, conditions). */
    boolean multiline() default false;

    /**
     * Maximum number of characters (code points); 0 means the default of the kind of field,
     * {@value TextRule#LINE_MAX} for one line and {@value TextRule#MULTILINE_MAX} for several.
     */
    int max() default 0;
}
