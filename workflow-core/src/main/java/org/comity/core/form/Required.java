package org.comity.core.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Set;

/**
 * Which Bean Validation annotations make a field required, for a task form's schema and a request
 * wizard's marks alike, so that the asterisk on any form follows the rule the server enforces.
 */
public final class Required {

    private static final Set<Class<? extends Annotation>> MARKS = Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

    private Required() {}

    /** Whether a field with these annotations must be given. */
    public static boolean by(Annotation... annotations) {
        return Arrays.stream(annotations).anyMatch(a -> MARKS.contains(a.annotationType()));
    }
}
