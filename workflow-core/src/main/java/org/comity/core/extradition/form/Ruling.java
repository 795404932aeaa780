package org.comity.core.extradition.form;

import org.comity.core.form.Labelled;

/** The court's ruling (S10 Art. 24). */
public enum Ruling implements Labelled {
    EXTRADITABLE,
    NOT_EXTRADITABLE;
}
