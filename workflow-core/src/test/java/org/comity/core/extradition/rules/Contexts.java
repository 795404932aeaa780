package org.comity.core.extradition.rules;

import org.comity.core.extradition.request.ExtraditionRequests;
import org.comity.core.extradition.request.LegalBasisRegistry;

/** The rule context of the fixtures: the standard registry, today = the fixtures' request date. */
final class Contexts {

    private Contexts() {}

    static RuleContext onRequestDate() {
        return new RuleContext(LegalBasisRegistry.standard(), ExtraditionRequests.REQUEST_DATE);
    }
}
