package org.comity.web.config;

import java.io.IOException;

/**
 * A request body refused while it was being read: larger than the API's limit, or not UTF-8. An
 * {@link IOException} so that it travels through any reader (Jackson, Spring's converters) to the
 * API's exception handler, which answers 413 or 400.
 */
public final class BodyRefusedException extends IOException {

    /** Why the body was refused. */
    public enum Reason {
        TOO_LARGE,
        NOT_UTF8
    }

    private final Reason reason;

    BodyRefusedException(Reason reason, long maxBytes) {
        super(
                reason == Reason.TOO_LARGE
                        ? "The request body is larger than " + maxBytes + " bytes"
                        : "The request body is not well-formed UTF-8");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
