package org.comity.core.repatriation.form;

import org.comity.core.form.Labelled;

/** The receiving state's answer when the holding state reports a person as received late. */
public enum LateReceipt implements Labelled {
    CONFIRMED,
    NOT_CONFIRMED;
}
