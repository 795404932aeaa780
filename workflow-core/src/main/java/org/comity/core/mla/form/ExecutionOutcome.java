package org.comity.core.mla.form;

import org.comity.core.form.Labelled;

/** What the execution achieved; obstacles are reported either way (ICJA Art. 17). */
public enum ExecutionOutcome implements Labelled {
    EXECUTED,
    PARTIALLY_EXECUTED,
    NOT_EXECUTED;
}
