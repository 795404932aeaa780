package org.comity.core.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The message key of a form's title or a field's label, where the key derived from the record
 * ({@code form.<Form>}, {@code form.<Form>.<field>}, see {@link FormMessages}) would be wrong, e.g.
 * two forms that must share one text. Not needed otherwise: every field is labelled by its derived
 * key, and the registry refuses a form whose key is missing from the English bundle.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.TYPE})
public @interface Label {

    /** The message key. */
    String value();
}
