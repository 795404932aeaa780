package org.comity.core.mla.rules;

import java.util.List;
import org.comity.core.mla.request.MlaLegalBases;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.request.MlaRequests;
import org.comity.core.validation.Violation;

/** Runs one rule on the fixtures' submission date with the standard legal bases. */
final class Rules {

    static final MlaRuleContext ON_SUBMISSION_DAY = new MlaRuleContext(MlaLegalBases.standard(), MlaRequests.TODAY);

    private Rules() {}

    static List<Violation> check(MlaRequestRule rule, MlaRequest request) {
        return rule.check(request, ON_SUBMISSION_DAY);
    }
}
