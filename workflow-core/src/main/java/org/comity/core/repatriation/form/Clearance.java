package org.comity.core.repatriation.form;

import org.comity.core.form.Labelled;
import org.comity.core.task.ConsequentialChoice;

/** Options of a repatriation form field; their names are process variable values. */
public enum Clearance implements Labelled {
    CLEARED,
    /** Ends the person's repatriation as retained: confirmed explicitly in bulk. */
    @ConsequentialChoice
    NOT_CLEARED;
}
