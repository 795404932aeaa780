package org.comity.core.repatriation.request;

import java.util.List;

/**
 * The receiving officer's receipt of a transfer: how many persons arrived and, for every person on
 * the manifest who did not, the person's id and why (legal-domain.md §5.3 {@code receipt}).
 */
public record ReceiptInput(Integer receivedCount, List<NotReceived> notReceived) {

    /** A person on the manifest who was not received. */
    public record NotReceived(String personId, String reason) {}
}
