package org.comity.core.mla.rules;

import java.util.List;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.validation.Texts;
import org.comity.core.validation.Violation;

/**
 * A request to China states the link between the assistance sought and the case (ICJA Art. 13(5));
 * the lack of a substantial link is a ground to refuse (Art. 14(6), code {@code LINK})
 * ({@code reference/legal-domain.md} §4.1 {@code relevance}: "Y (China)", §4.3).
 */
class RelevanceStatedForRequestsToChina implements MlaRequestRule {

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        if ("CN".equals(request.requestedState()) && Texts.blank(request.relevance())) {
            return List.of(Violation.error("relevance", "mla.relevance.china"));
        }
        return List.of();
    }
}
