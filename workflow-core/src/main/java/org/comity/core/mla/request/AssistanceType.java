package org.comity.core.mla.request;

import org.comity.core.form.Labelled;

/**
 * The kinds of assistance a request may ask for (DESIGN §4.3; legal-domain.md §4.1
 * {@code assistanceSought}; China's ICJA Arts. 20–54 define each type's own fields).
 */
public enum AssistanceType implements Labelled {
    BANK_RECORDS,
    /** Subscriber data and call records, incl. where calls originated (telecom fraud). */
    TELECOM_RECORDS,
    WITNESS_STATEMENT,
    SEARCH_AND_SEIZURE,
    ASSET_FREEZE,
    /** Service of judicial documents: the one type that needs no summary of facts (UNCAC 46(15)(c)). */
    SERVICE_OF_DOCUMENTS,
    LOCATE_PERSON;
}
