package org.comity.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Turns Bean Validation's violations into Comity's field errors, in a stable order. */
public final class Violations {

    private Violations() {
    }

    public static List<FieldError> toFieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), ruleOf(v.getConstraintDescriptor()),
                        v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::rule))
                .toList();
    }

    private static String ruleOf(ConstraintDescriptor<?> descriptor) {
        return descriptor.getAnnotation().annotationType().getSimpleName();
    }
}
