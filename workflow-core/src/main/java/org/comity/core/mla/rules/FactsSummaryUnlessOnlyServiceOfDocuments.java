package org.comity.core.mla.rules;

import java.util.List;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.validation.Texts;
import org.comity.core.validation.Violation;

/**
 * Every request carries a summary of the relevant facts, "except in relation to requests for the
 * purpose of service of judicial documents" (UNCAC Art. 46(15)(c), UNTOC Art. 18(15)(c);
 * {@code reference/legal-domain.md} §4.1 {@code factsSummary}, §9 item 7, §10 item 17). A request
 * that asks for service of documents and anything else needs the facts for the other measures.
 */
class FactsSummaryUnlessOnlyServiceOfDocuments implements MlaRequestRule {

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        if (request.assistanceTypes().isEmpty()
                || request.onlyServiceOfDocuments()
                || !Texts.blank(request.factsSummary())) {
            return List.of();
        }
        return List.of(Violation.error("factsSummary", "mla.facts.required"));
    }
}
