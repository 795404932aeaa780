package org.comity.core.extradition.form;

import org.comity.core.form.Labelled;

/** The executive decision after a ruling that the conditions are met (S10 Arts. 29, 42). */
public enum ExecutiveDecision implements Labelled {
    GRANT,
    REFUSE,
    POSTPONE;
}
