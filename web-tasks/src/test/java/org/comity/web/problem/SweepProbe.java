package org.comity.web.problem;

/**
 * One request of the sweep: its name in the summary, where and as whom it is sent, the body's type
 * and bytes, the field the refusal must name (null where the fault is the body's, not a field's) and
 * an Idempotency-Key header: null for a fresh key per request (as the API requires on creating calls),
 * {@link #WITHOUT_KEY} for none at all.
 */
record SweepProbe(
        String name, String path, String caller, String contentType, byte[] body, String field, String idempotencyKey) {

    /** Sends no Idempotency-Key header (no real key can be this, as it holds a control character). */
    static final String WITHOUT_KEY = "\u0000without";
}
