package org.comity.core.repatriation.form;

import org.comity.core.form.Labelled;

/** Options of a repatriation form field; their names are process variable values. */
public enum EscalationAction implements Labelled {
    REMINDED_OFFICER,
    REASSIGNED,
    ASKED_HOLDING_STATE;
}
