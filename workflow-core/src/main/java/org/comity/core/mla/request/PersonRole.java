package org.comity.core.mla.request;

import org.comity.core.form.Labelled;

/** Why a person is named in the request (legal-domain.md §4.1 {@code personsConcerned}). */
public enum PersonRole implements Labelled {
    SUSPECT,
    ACCUSED,
    WITNESS,
    VICTIM,
    ACCOUNT_HOLDER,
    SUBSCRIBER,
    OTHER;
}
