package org.comity.core.validation;

import java.util.List;

/**
 * The request itself is malformed rather than its content breaking a rule of the domain: a header
 * that is missing or not in its syntax, an address that is no address. Answered {@code 400} (an
 * {@link InvalidInputException} is {@code 422}), naming the field or header and the rule; nothing
 * has been stored when it is thrown.
 */
public class MalformedInputException extends InvalidInputException {

    public MalformedInputException(List<FieldError> errors) {
        super(errors);
    }

    public MalformedInputException(FieldError error) {
        this(List.of(error));
    }
}
