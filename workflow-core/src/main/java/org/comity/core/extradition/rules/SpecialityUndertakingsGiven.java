package org.comity.core.extradition.rules;

import java.util.ArrayList;
import java.util.List;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.validation.Violation;

/**
 * The requesting state undertakes the rule of speciality and not to re-extradite to a third state
 * (S10 Art. 14(1); S1 Art. 14; {@code reference/legal-domain.md} §2.6.3 item 1). Missing
 * undertakings are a formal defect the requested state asks to supplement (§7.2), not a reason to
 * reject the request outright, hence warnings.
 */
class SpecialityUndertakingsGiven implements ExtraditionRequestRule {

    @Override
    public List<Violation> check(ExtraditionRequest request, RuleContext context) {
        if (request.undertakings() == null) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        if (!request.undertakings().speciality()) {
            violations.add(Violation.warning("undertakings.speciality", "extradition.undertaking.specialityMissing"));
        }
        if (!request.undertakings().noReExtradition()) {
            violations.add(
                    Violation.warning("undertakings.noReExtradition", "extradition.undertaking.noReExtradition"));
        }
        return violations;
    }
}
