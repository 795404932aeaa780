package org.comity.core.audit;

/**
 * What {@code GET /audit/verify} reports: either an intact chain with its length and head hash,
 * or the first sequence number at which the chain is broken and why. For a broken chain,
 * {@code entries} and {@code head} describe the intact prefix before the break.
 *
 * @param valid whether every entry, the head and the latest checkpoint agree
 * @param entries number of entries verified
 * @param head hash of the last verified entry (the genesis hash for an empty log)
 * @param firstBrokenSequence the first sequence number that fails, or {@code null} when valid
 * @param problem the kind of break, or {@code null} when valid
 * @param detail a human-readable explanation, or {@code null} when valid
 */
public record ChainVerification(
        boolean valid, long entries, String head, Long firstBrokenSequence, Problem problem, String detail) {

    /** Kinds of break, each pointing at what a tamperer did. */
    public enum Problem {

        /** The entry's stored hash does not match its content: a field was altered. */
        ALTERED,
        /** The entry does not link to its predecessor: entries were inserted, deleted or reordered. */
        LINK_BROKEN,
        /** A sequence number is missing: the entry was deleted. */
        SEQUENCE_GAP,
        /** The chain head table disagrees with the last entry. */
        HEAD_MISMATCH,
        /** The chain is shorter than a checkpoint recorded earlier: the tail was removed. */
        TRUNCATED,
        /** The entry at a checkpoint's position has another hash: history was rewritten. */
        CHECKPOINT_MISMATCH
    }

    static ChainVerification intact(long entries, String head) {
        return new ChainVerification(true, entries, head, null, null, null);
    }

    static ChainVerification broken(long entries, String head, long sequence, Problem problem, String detail) {
        return new ChainVerification(false, entries, head, sequence, problem, detail);
    }
}
