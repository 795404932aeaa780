package org.comity.core.repatriation.form;

import org.comity.core.form.Labelled;
import org.comity.core.task.ConsequentialChoice;

/** Options of a repatriation form field; their names are process variable values. */
public enum NationalityVerification implements Labelled {
    CONFIRMED,
    /** Ends the person's repatriation as referred (legal-domain.md §5.2 D6): confirmed explicitly in bulk. */
    @ConsequentialChoice
    NOT_CONFIRMED,
    MORE_INFORMATION_NEEDED;
}
