package org.comity.core.extradition.validation;

import java.util.List;
import org.comity.core.extradition.request.ExtraditionRequest;

/**
 * One legal or cross-field rule over an extradition request. A rule ignores fields that are
 * missing: presence is the field constraints' job, so one mistake is reported once.
 */
interface ExtraditionRequestRule {

    /** The violations of this rule, each naming the field at fault; empty if the rule holds. */
    List<Violation> check(ExtraditionRequest request, RuleContext context);

}
