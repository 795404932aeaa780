package org.comity.core.mla.rules;

import java.util.ArrayList;
import java.util.List;
import org.comity.core.mla.request.AssistanceType;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.validation.Violation;

/**
 * A summons is a judicial document the requested state serves, so a request with a summons asks
 * for service of documents, and its addressee is one of the persons concerned, whose identity and
 * whereabouts the request gives (ICJA Art. 22; UNTOC 18(15)(e); {@code reference/legal-domain.md}
 * §4.1 {@code personsConcerned[]}, §4.2).
 */
class SummonsServedOnAPersonConcerned implements MlaRequestRule {

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        if (request.summons() == null) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        if (!request.assistanceTypes().contains(AssistanceType.SERVICE_OF_DOCUMENTS)) {
            violations.add(Violation.error("assistanceTypes", "mla.summons.serviceRequired"));
        }
        Integer addressee = request.summons().addressee();
        if (addressee != null
                && addressee >= 1
                && request.summons().addresseeIndex()
                        >= request.personsConcerned().size()) {
            violations.add(Violation.error("summons.addressee", "mla.summons.noSuchPerson")
                    .with("count", request.personsConcerned().size()));
        }
        return violations;
    }
}
