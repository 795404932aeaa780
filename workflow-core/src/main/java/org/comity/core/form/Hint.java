package org.comity.core.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form field that has guidance shown under it, the text under the key
 * {@code form.<Form>.<field>.hint} (see {@link FormMessages}) or under {@link #value()} if given.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Hint {

    /** The message key, where the derived one would be wrong. */
    String value() default "";
}
