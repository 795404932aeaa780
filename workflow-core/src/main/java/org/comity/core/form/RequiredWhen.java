package org.comity.core.form;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;

/**
 * A field of a form record that must be given when another field has one of some values, e.g. the
 * reasons of a refusal (legal-domain.md §9 item 14). Reported on {@link #field()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(RequiredWhen.List.class)
@Constraint(validatedBy = RequiredWhen.Validator.class)
public @interface RequiredWhen {

    /** The field that becomes required. */
    String field();

    /** The field whose value decides. */
    String when();

    /** The values (enum names) of {@link #when()} that make {@link #field()} required. */
    String[] is();

    String message() default "must be given for this choice";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        RequiredWhen[] value();
    }

    /** Checks one {@link RequiredWhen} on a form record. */
    class Validator implements ConstraintValidator<RequiredWhen, Record> {

        private RequiredWhen rule;

        @Override
        public void initialize(RequiredWhen rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(Record form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            Object decider = value(form, rule.when());
            String name = decider instanceof Enum<?> e ? e.name() : String.valueOf(decider);
            if (decider == null || !Arrays.asList(rule.is()).contains(name) || given(value(form, rule.field()))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(rule.field())
                    .addConstraintViolation();
            return false;
        }

        private static boolean given(Object value) {
            return value != null
                    && !(value instanceof String s && s.isBlank())
                    && !(value instanceof Collection<?> c && c.isEmpty());
        }

        private static Object value(Record form, String field) {
            for (RecordComponent component : form.getClass().getRecordComponents()) {
                if (component.getName().equals(field)) {
                    try {
                        return component.getAccessor().invoke(form);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("Cannot read " + field, e);
                    }
                }
            }
            throw new IllegalStateException(form.getClass().getSimpleName() + " has no field " + field);
        }
    }
}
