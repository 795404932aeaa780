package org.comity.core.extradition.rules;

import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.validation.RequestRule;

/**
 * One legal or cross-field rule over an extradition request. A rule ignores fields that are
 * missing: presence is the field constraints' job, so one mistake is reported once.
 */
interface ExtraditionRequestRule extends RequestRule<ExtraditionRequest, RuleContext> {}
