package org.comity.core.extradition.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Offence;
import org.comity.core.validation.Violation;

/**
 * Dates follow the order of events: an offence begins before it ends ({@code dateFrom ≤ dateTo}),
 * it and the warrant or judgment precede the request, and the request is not in the future
 * ({@code reference/legal-domain.md} §2.7 {@code offence.facts.timeFrom,timeTo}: "past;
 * timeFrom ≤ timeTo", {@code warrant}: "date ≤ request date"; §9 item 20). An offence ending after
 * the warrant is only a warning: see {@link ContinuingOffenceAfterWarrant}.
 */
class OffenceChronology implements ExtraditionRequestRule {

    @Override
    public List<Violation> check(ExtraditionRequest request, RuleContext context) {
        List<Violation> violations = new ArrayList<>();
        LocalDate requestDate = request.requestDate();
        for (int i = 0; i < request.offences().size(); i++) {
            Offence offence = request.offences().get(i);
            if (offence == null) {
                continue;
            }
            if (after(offence.dateFrom(), offence.dateTo())) {
                violations.add(Violation.error(Violation.offence(i, "dateTo"), "extradition.offence.endsBeforeStart"));
            } else if (after(offence.dateTo(), requestDate)) {
                violations.add(Violation.error(Violation.offence(i, "dateTo"), "extradition.offence.afterRequest"));
            }
        }
        if (request.warrant() != null && after(request.warrant().date(), requestDate)) {
            violations.add(Violation.error("warrant.date", "extradition.warrant.afterRequest"));
        }
        if (request.judgment() != null && after(request.judgment().date(), requestDate)) {
            violations.add(Violation.error("judgment.date", "extradition.judgment.afterRequest"));
        }
        if (after(requestDate, context.today())) {
            violations.add(Violation.error("requestDate", "extradition.requestDate.future"));
        }
        return violations;
    }

    private static boolean after(LocalDate date, LocalDate reference) {
        return date != null && reference != null && date.isAfter(reference);
    }
}
