package org.comity.core.mla.rules;

import java.util.List;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.validation.Texts;
import org.comity.core.validation.Violation;

/**
 * A request for confidentiality states its reasons, so that the requested state can judge whether
 * it can comply and, if not, inform the requesting state promptly (UNTOC Art. 18(20); ICJA Art.
 * 16(3): a condition that needs a written guarantee; {@code reference/legal-domain.md} §4.1
 * {@code confidentiality}: "boolean + reasons", §9 item 16). Reasons without the flag are flagged as
 * a likely omission.
 */
class ConfidentialityWithReasons implements MlaRequestRule {

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        boolean reasons = !Texts.blank(request.confidentialityReasons());
        if (request.confidential() && !reasons) {
            return List.of(Violation.error("confidentialityReasons", "mla.confidentiality.reasons"));
        }
        if (!request.confidential() && reasons) {
            return List.of(Violation.warning("confidential", "mla.confidentiality.notFlagged"));
        }
        return List.of();
    }
}
