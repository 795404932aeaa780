package org.comity.core.mla.form;

import org.comity.core.form.Labelled;

/**
 * The requesting state's answer when told that its request cannot be kept confidential (UNTOC Art.
 * 18(20): the requested state informs promptly; the requesting state decides whether the request
 * should nevertheless be executed; legal-domain.md §10 item 19).
 */
public enum ConfidentialityAnswer implements Labelled {
    PROCEED,
    WITHDRAW;
}
