package org.comity.core.mla.form;

import org.comity.core.form.Labelled;

/**
 * Whether the requesting state wants to use the evidence for other proceedings than those stated in
 * the request, which needs the requested state's consent (ICJA Art. 18; legal-domain.md §4.2 C5,
 * §10 item 20).
 */
public enum FurtherUse implements Labelled {
    NONE,
    REQUEST_CONSENT;
}
