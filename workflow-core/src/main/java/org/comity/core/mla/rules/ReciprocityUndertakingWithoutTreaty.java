package org.comity.core.mla.rules;

import java.util.List;
import org.comity.core.mla.request.MlaLegalBasis;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.validation.Violation;

/**
 * Without a treaty the requesting state undertakes reciprocity (ICJA Art. 13 para. 2; Myanmar's Law
 * 4/2004 s. 2 assists "states giving reciprocal assistance"; {@code reference/legal-domain.md} §4.1
 * {@code reciprocityUndertaking}: "if no treaty", §4.4). An undertaking where a convention or treaty
 * binds both states is flagged as unnecessary.
 */
class ReciprocityUndertakingWithoutTreaty implements MlaRequestRule {

    private static final String FIELD = "reciprocityUndertaking";

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        return context.legalBases()
                .find(request.legalBasisId())
                .map(MlaLegalBasis::requiresReciprocityUndertaking)
                .map(required -> violations(required, request.reciprocityUndertaking()))
                .orElse(List.of());
    }

    private static List<Violation> violations(boolean required, boolean given) {
        if (required && !given) {
            return List.of(Violation.error(FIELD, "mla.reciprocity.required"));
        }
        if (!required && given) {
            return List.of(Violation.warning(FIELD, "mla.reciprocity.withTreaty"));
        }
        return List.of();
    }
}
