package org.comity.core.mla.rules;

import org.comity.core.mla.request.MlaRequest;
import org.comity.core.validation.RequestRule;

/**
 * One legal or cross-field rule over an MLA request. A rule ignores fields that are missing:
 * presence is the field constraints' job, so one mistake is reported once.
 */
interface MlaRequestRule extends RequestRule<MlaRequest, MlaRuleContext> {}
