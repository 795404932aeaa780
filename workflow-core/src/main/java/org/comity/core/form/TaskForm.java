package org.comity.core.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as the form of the user tasks whose {@code camunda:formKey} equals
 * {@link #value()}. The record's components are the form's fields, its Bean Validation annotations
 * the rules, and only its components can ever reach the engine as variables.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TaskForm {

    /** The form key, e.g. {@code ExtraditionJudicialReview}. */
    String value();

    /**
     * Whether completing the form is a decision with legal consequences (a ruling, a refusal, a
     * surrender); the tasklist then asks the officer to confirm before it is submitted.
     */
    boolean consequential() default false;
}
