/**
 * Status callbacks of agencies (issue #17 item 2): an agency registers the address its status events
 * go to and rotates the secret that signs them; every status change of a case the agency created is
 * written to an outbox in the transaction of the change, delivered after commit with an HMAC-SHA256
 * signature, retried with capped exponential backoff, and logged per attempt for the agency to read.
 */
package org.comity.core.callback;
