package org.comity.core.repatriation.form;

import org.comity.core.form.Labelled;

/** Options of a repatriation form field; their names are process variable values. */
public enum TravelDocumentType implements Labelled {
    PASSPORT,
    EMERGENCY_TRAVEL_DOCUMENT,
    LAISSEZ_PASSER;
}
