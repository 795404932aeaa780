/** Idempotency of creating API calls: the Idempotency-Key header, recorded with what it created. */
package org.comity.core.idempotency;
