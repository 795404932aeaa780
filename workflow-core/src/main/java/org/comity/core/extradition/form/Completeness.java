package org.comity.core.extradition.form;

import org.comity.core.form.Labelled;

/** Outcome of the formal examination of a request (S10 Arts. 16, 18). */
public enum Completeness implements Labelled {
    COMPLETE,
    INCOMPLETE;
}
