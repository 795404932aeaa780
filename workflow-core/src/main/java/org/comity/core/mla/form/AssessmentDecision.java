package org.comity.core.mla.form;

import org.comity.core.form.Labelled;

/**
 * The requested central authority's assessment of a request (DESIGN §4.3; ICJA Arts. 15–16: execute,
 * refuse with reasons, postpone, or ask for more material; UNTOC Art. 18(21), 18(23), 18(25)).
 */
public enum AssessmentDecision implements Labelled {
    ACCEPT,
    REFUSE,
    POSTPONE,
    REQUEST_MORE_INFORMATION;
}
