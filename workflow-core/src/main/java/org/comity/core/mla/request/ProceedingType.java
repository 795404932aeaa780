package org.comity.core.mla.request;

import org.comity.core.form.Labelled;

/**
 * The stage of the criminal matter the assistance serves (legal-domain.md §4.1
 * {@code proceedingType}; UNTOC 18(15)(b): subject matter and nature of the proceeding).
 */
public enum ProceedingType implements Labelled {
    INVESTIGATION,
    PROSECUTION,
    TRIAL,
    ENFORCEMENT;
}
