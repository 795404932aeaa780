package org.comity.core.audit;

import java.util.Optional;
import org.comity.core.audit.ChainVerification.Problem;

/**
 * The verification rules, fed one row at a time in sequence order so the chain never has to fit
 * in memory. Checks run in the order that names the tampering best: a missing number is a
 * deletion, a wrong link an insertion, deletion or reordering, a wrong hash an alteration.
 */
final class ChainWalker {

    private final AuditCheckpoint checkpoint;

    private long verified;

    private String lastHash = EntryHasher.GENESIS_HASH;

    private String hashBeforeLast = EntryHasher.GENESIS_HASH;

    ChainWalker(AuditCheckpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    Optional<ChainVerification> accept(ChainRow row) {
        long expected = verified + 1;
        if (row.sequence() != expected) {
            return broken(
                    expected,
                    Problem.SEQUENCE_GAP,
                    "entry " + expected + " is missing; the next entry is " + row.sequence());
        }
        if (!lastHash.equals(row.previousHash())) {
            return broken(expected, Problem.LINK_BROKEN, "entry " + expected + " does not link to entry " + verified);
        }
        if (!row.computedHash().equals(row.storedHash())) {
            return broken(expected, Problem.ALTERED, "entry " + expected + " does not match its hash");
        }
        if (checkpoint != null
                && expected == checkpoint.entryCount()
                && !checkpoint.headHash().equals(row.storedHash())) {
            return broken(
                    expected,
                    Problem.CHECKPOINT_MISMATCH,
                    "entry " + expected + " differs from the checkpoint of " + checkpoint.createdAt());
        }
        verified = expected;
        hashBeforeLast = lastHash;
        lastHash = row.storedHash();
        return Optional.empty();
    }

    /** Checks the end of the chain against the head table and the checkpoint. */
    ChainVerification finish(ChainHead head) {
        if (checkpoint != null && verified < checkpoint.entryCount()) {
            return ChainVerification.broken(
                    verified,
                    lastHash,
                    verified + 1,
                    Problem.TRUNCATED,
                    "the checkpoint of " + checkpoint.createdAt() + " counted " + checkpoint.entryCount()
                            + " entries; the chain ends at " + verified);
        }
        String detail = "the chain head names entry " + head.lastSequence() + "; the chain ends at " + verified;
        if (head.lastSequence() > verified) {
            return ChainVerification.broken(verified, lastHash, verified + 1, Problem.HEAD_MISMATCH, detail);
        }
        if (head.lastSequence() < verified) {
            return ChainVerification.broken(
                    head.lastSequence(),
                    head.lastHash(),
                    head.lastSequence() + 1,
                    Problem.HEAD_MISMATCH,
                    detail + " (entries after the head were not appended by Comity)");
        }
        if (!head.lastHash().equals(lastHash)) {
            long last = Math.max(verified, 1);
            return ChainVerification.broken(
                    last - 1,
                    hashBeforeLast,
                    last,
                    Problem.HEAD_MISMATCH,
                    "the chain head holds another hash than entry " + verified);
        }
        return ChainVerification.intact(verified, lastHash);
    }

    private Optional<ChainVerification> broken(long sequence, Problem problem, String detail) {
        return Optional.of(ChainVerification.broken(verified, lastHash, sequence, problem, detail));
    }
}
