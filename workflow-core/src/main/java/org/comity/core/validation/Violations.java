package org.comity.core.validation;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/** Turns Bean Validation's violations into Comity's field errors, in a stable order. */
public final class Violations {

    private Violations() {}

    public static List<FieldError> toFieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), ruleOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::rule))
                .toList();
    }

    /**
     * The rule a violation broke: the part of a composite rule that reported it (e.g.
     * {@code ControlCharacter} from {@link VisibleText}) or else the annotation's name.
     */
    public static String ruleOf(ConstraintViolation<?> violation) {
        if (violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(String.class)
                instanceof String part) {
            return part;
        }
        return violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
    }
}
