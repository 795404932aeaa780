package org.comity.core.extradition.rules;

import java.util.List;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.validation.Violation;

/**
 * A judgment given in the person's absence needs the requesting state's undertaking to retry the
 * person in their presence, otherwise the requested state shall refuse (ground ABS: S10 Art. 8(8);
 * S1 Art. 3(g); {@code reference/legal-domain.md} §2.6.3 item 4, §9 item 7, §10 item 8). The
 * undertaking without such a judgment is flagged as a likely mix-up.
 */
class RetrialUndertakingForJudgmentInAbsentia implements ExtraditionRequestRule {

    private static final String FIELD = "undertakings.retrialIfInAbsentia";

    @Override
    public List<Violation> check(ExtraditionRequest request, RuleContext context) {
        if (request.undertakings() == null) {
            return List.of();
        }
        boolean inAbsentia = request.judgment() != null && request.judgment().inAbsentia();
        boolean retrial = request.undertakings().retrialIfInAbsentia();
        if (inAbsentia && !retrial) {
            return List.of(Violation.error(FIELD, "extradition.undertaking.retrialRequired"));
        }
        if (!inAbsentia && retrial) {
            return List.of(Violation.warning(FIELD, "extradition.undertaking.retrialInAbsentiaOnly"));
        }
        return List.of();
    }
}
