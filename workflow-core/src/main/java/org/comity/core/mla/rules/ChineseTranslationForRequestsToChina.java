package org.comity.core.mla.rules;

import java.util.List;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.validation.Violation;

/**
 * A request to China and its materials carry a Chinese translation, unless written in Chinese
 * (ICJA Art. 13 para. 3; {@code reference/legal-domain.md} §4.1 {@code translations}: "Chinese
 * translation required", §9 item 8; §10 item 25: a language not accepted is a formal defect).
 */
class ChineseTranslationForRequestsToChina implements MlaRequestRule {

    private static final String CHINA = "CN";
    private static final String CHINESE = "zh";

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        if (CHINA.equals(request.requestedState()) && request.language() != null && !request.availableIn(CHINESE)) {
            return List.of(Violation.error("translations", "mla.translation.chinese"));
        }
        return List.of();
    }
}
