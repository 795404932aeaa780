package org.comity.core.repatriation.form;

import org.comity.core.form.Labelled;

/**
 * What became of a person the receiving state did not receive (legal-domain.md §9 item 18: the head
 * count on receipt must equal the manifest, so every person on it is accounted for). The names are
 * process variable values.
 */
public enum NotReceivedOutcome implements Labelled {
    STILL_HELD,
    ESCAPED,
    DIED,
    RELEASED,
    RECEIVED_LATE;
}
