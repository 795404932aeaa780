package org.comity.core.audit;

/** The newest entry's sequence number (0 for an empty log) and hash, as {@code audit_chain_head} holds them. */
record ChainHead(long lastSequence, String lastHash) {}
