package org.comity.core.task;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form field whose value belongs to the one person a task is about (a travel document's
 * number, its expiry), so that a bulk completion takes one value per task instead of one for all:
 * filling in the same passport number for two people is an error, not a shortcut. With
 * {@link #unique()}, no two tasks of one bulk completion may receive the same value either
 * ({@link BulkRows}); whether a value is already stored for someone else is the form's own
 * {@link TaskCompletionRule}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface PerTaskValue {

    /** Whether two tasks may never receive the same value (compared ignoring case and surrounding spaces). */
    boolean unique() default false;
}
