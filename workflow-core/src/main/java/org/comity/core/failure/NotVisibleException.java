package org.comity.core.failure;

/**
 * The object does not exist, or exists but belongs to the other jurisdiction and the caller may not
 * see it. Both cases look the same to the caller (HTTP 404), so that ids cannot be probed.
 */
public class NotVisibleException extends RuntimeException {

    public NotVisibleException(String objectType, String id) {
        super(objectType + " " + id + " not found");
    }
}
