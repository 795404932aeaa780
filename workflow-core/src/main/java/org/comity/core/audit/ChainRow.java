package org.comity.core.audit;

/** A stored entry reduced to what verification compares: its links and both hashes. */
record ChainRow(long sequence, String previousHash, String storedHash, String computedHash) {}
