package org.comity.core.extradition.rules;

import java.util.ArrayList;
import java.util.List;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Offence;
import org.comity.core.validation.Violation;

/**
 * An offence that ends after the warrant was issued is usually a typing error, but a continuing
 * offence (e.g. fraud running on after the warrant) legitimately does. So it is a warning for the
 * reviewer, not an error ({@code reference/legal-domain.md} §9 item 20: "warn (do not block) if
 * {@code offence.timeTo > warrant.date} (continuing offences)").
 */
class ContinuingOffenceAfterWarrant implements ExtraditionRequestRule {

    @Override
    public List<Violation> check(ExtraditionRequest request, RuleContext context) {
        if (request.warrant() == null || request.warrant().date() == null) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.offences().size(); i++) {
            Offence offence = request.offences().get(i);
            if (offence != null
                    && offence.dateTo() != null
                    && offence.dateTo().isAfter(request.warrant().date())) {
                violations.add(Violation.warning(Violation.offence(i, "dateTo"), "extradition.offence.afterWarrant"));
            }
        }
        return violations;
    }
}
