package org.comity.web.problem;

/**
 * One request of the sweep: its name in the summary, where and as whom it is sent, the body's type
 * and bytes, the field the refusal must name (null where the fault is the body's, not a field's) and
 * an Idempotency-Key header (null for none).
 */
record SweepProbe(String name, String path, String caller, String contentType, byte[] body, String field,
        String idempotencyKey) {
}
