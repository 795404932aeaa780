package org.comity.core.extradition.rules;

import java.util.List;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Purpose;
import org.comity.core.validation.Violation;

/**
 * A request to prosecute needs the warrant (or equivalent decision) it rests on; a request to
 * enforce a sentence rests on a judgment instead, so a warrant there is flagged as a likely mix-up
 * (S10 Art. 12(1); S1 Art. 5; {@code reference/legal-domain.md} §2.7 {@code warrant}, §9 item 7).
 */
class WarrantForProsecutionOnly implements ExtraditionRequestRule {

    @Override
    public List<Violation> check(ExtraditionRequest request, RuleContext context) {
        if (request.purpose() == Purpose.PROSECUTION && request.warrant() == null) {
            return List.of(Violation.error("warrant", "extradition.warrant.required"));
        }
        if (request.purpose() == Purpose.ENFORCEMENT && request.warrant() != null) {
            return List.of(Violation.warning("warrant", "extradition.warrant.prosecutionOnly"));
        }
        return List.of();
    }
}
