package org.comity.core.mla.rules;

import java.util.List;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.validation.Texts;
import org.comity.core.validation.Violation;

/**
 * A requested deadline lies after the day of submission, and should come with its reasons: the
 * requested state executes "taking as full account as possible of any deadlines suggested by the
 * requesting State Party and for which reasons are given, preferably in the request" (UNTOC Art.
 * 18(24); {@code reference/legal-domain.md} §4.1 {@code deadline}: "future date", §4.3 "Execute
 * promptly"). A deadline without reasons is only a warning.
 */
class DeadlineInTheFuture implements MlaRequestRule {

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        if (request.deadline() == null) {
            return List.of();
        }
        if (!request.deadline().isAfter(context.today())) {
            return List.of(Violation.error("deadline", "mla.deadline.future"));
        }
        if (Texts.blank(request.urgencyReason())) {
            return List.of(Violation.warning("urgencyReason", "mla.deadline.reasonAdvised"));
        }
        return List.of();
    }
}
