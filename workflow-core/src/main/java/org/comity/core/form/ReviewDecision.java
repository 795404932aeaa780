package org.comity.core.form;

/**
 * A supervisor's review of a request an officer drafted, before it is sent to the other state
 * (DESIGN §4.1 requesting step 2, §4.3): approve it, or return it for correction with reasons.
 */
public enum ReviewDecision implements Labelled {
    APPROVE,
    RETURN;
}
