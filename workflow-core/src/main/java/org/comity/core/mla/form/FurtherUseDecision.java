package org.comity.core.mla.form;

import org.comity.core.form.Labelled;

/** The requested state's decision on using the evidence in other proceedings (ICJA Art. 18). */
public enum FurtherUseDecision implements Labelled {
    CONSENT,
    CONSENT_WITH_CONDITIONS,
    REFUSE;
}
