package org.comity.core.mla.rules;

import java.util.List;
import java.util.Optional;
import org.comity.core.mla.request.MlaLegalBasis;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.validation.Texts;
import org.comity.core.validation.Violation;

/**
 * The legal basis must be registered and bind both states: a convention or treaty only between its
 * parties (e.g. the ASEAN MLA treaty, which Myanmar joined in 2009 and China did not), reciprocity
 * between any two states ({@code reference/legal-domain.md} §4.1, §4.4; §10 item 23: "unknown
 * treaty reference").
 */
class LegalBasisKnownAndBinding implements MlaRequestRule {

    private static final String FIELD = "legalBasisId";

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        if (Texts.blank(request.legalBasisId())) {
            return List.of();
        }
        Optional<MlaLegalBasis> basis = context.legalBases().find(request.legalBasisId());
        if (basis.isEmpty()) {
            return List.of(Violation.error(FIELD, "mla.legalBasis.unknown"));
        }
        boolean statesGiven = request.requestingState() != null && request.requestedState() != null;
        if (statesGiven && !basis.get().binds(request.requestingState(), request.requestedState())) {
            return List.of(Violation.error(FIELD, "mla.legalBasis.notBinding"));
        }
        return List.of();
    }
}
