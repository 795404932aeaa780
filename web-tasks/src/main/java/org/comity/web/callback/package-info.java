/**
 * The status-callback API of agencies: {@code /api/v1/callback} (register, read, remove),
 * {@code /api/v1/callback/secret} (rotate) and {@code /api/v1/callback/deliveries} (the delivery log).
 * Outbox, signing and delivery are {@code org.comity.core.callback}'s.
 */
package org.comity.web.callback;
