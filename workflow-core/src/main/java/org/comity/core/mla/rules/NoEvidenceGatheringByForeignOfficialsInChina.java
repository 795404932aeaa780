package org.comity.core.mla.rules;

import java.util.List;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.validation.Violation;

/**
 * Without the approval of China's competent authority no foreign body may conduct criminal-procedure
 * activities in China (ICJA Art. 4 para. 3), so a request to China cannot ask that the requesting
 * state's officials collect the evidence themselves: China's own authorities execute it
 * ({@code reference/legal-domain.md} §4.2 "Important blocking rule", §9 item 17: "block"). Elsewhere
 * the requested state's consent is needed, which the request asks for: a warning.
 */
class NoEvidenceGatheringByForeignOfficialsInChina implements MlaRequestRule {

    private static final String FIELD = "directCollectionByRequestingOfficials";

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        if (!request.directCollectionByRequestingOfficials()) {
            return List.of();
        }
        return List.of(
                "CN".equals(request.requestedState())
                        ? Violation.error(FIELD, "mla.directCollection.china")
                        : Violation.warning(FIELD, "mla.directCollection.consent"));
    }
}
