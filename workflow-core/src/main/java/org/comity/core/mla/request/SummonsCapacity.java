package org.comity.core.mla.request;

import org.comity.core.form.Labelled;

/**
 * In what capacity a summons calls its addressee before the requesting state's court. China has
 * no obligation to serve a summons calling its own national as a defendant (ICJA Art. 22 para. 3;
 * legal-domain.md §4.2, §10 item 18).
 */
public enum SummonsCapacity implements Labelled {
    WITNESS,
    EXPERT,
    DEFENDANT;
}
