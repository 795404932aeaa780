package org.comity.core.casefile;

import java.util.UUID;

/**
 * A message of a case went from one state's process to the other's: from the first one on, the case
 * is the other party's to see as well ({@link CaseVisibility}). Published synchronously by the message
 * senders, in the transaction that sends, so that the mark and the message commit together.
 */
public record CaseTransmitted(UUID caseId) {}
