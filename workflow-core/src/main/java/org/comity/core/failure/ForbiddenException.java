package org.comity.core.failure;

/** The caller may see the object but not do this to it, e.g. an officer on a supervisor's task. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
