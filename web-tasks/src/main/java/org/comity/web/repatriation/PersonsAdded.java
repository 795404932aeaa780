package org.comity.web.repatriation;

import org.comity.core.idempotency.IdempotentResult;

/**
 * The answer to a batch of persons added to an operation: how many were added, and whether this
 * answer repeats an earlier batch sent with the same {@code Idempotency-Key} (nothing added twice).
 */
record PersonsAdded(String operationId, int added, boolean replayed) {

    static PersonsAdded of(String operationId, IdempotentResult result) {
        return new PersonsAdded(operationId, Integer.parseInt(result.resourceId()), result.replayed());
    }
}
