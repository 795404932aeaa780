package org.comity.core.validation;

import java.util.List;

/**
 * Input broke one or more rules. Carries every violation, not just the first, so that an officer
 * or integrator can correct all of them in one round; nothing has been stored when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("Invalid input: " + errors.size() + " field error(s)");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid input has at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
