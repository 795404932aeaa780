package org.comity.core.repatriation.form;

import org.comity.core.form.Labelled;

/** Options of a repatriation form field; their names are process variable values. */
public enum TraffickingScreening implements Labelled {
    NO_INDICATORS,
    VICTIM_IDENTIFIED;
}
