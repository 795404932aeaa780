package org.comity.core.failure;

/**
 * The request was valid but the object's state has moved on: the task was completed or claimed by
 * someone else, or a concurrent change won. Retrying the same request will not help.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
