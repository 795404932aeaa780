package org.comity.core.extradition.rules;

import java.util.List;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.LegalBasis;
import org.comity.core.validation.Violation;

/**
 * Without a treaty the requesting state must undertake reciprocity (S10 Art. 15;
 * {@code reference/legal-domain.md} §2.6.3 item 3, §2.7 {@code legalBasis}, §9 item 7). Whether a
 * treaty exists is read from the legal basis in the registry. An undertaking where a treaty binds
 * both states is flagged as unnecessary.
 */
class ReciprocityUndertakingWithoutTreaty implements ExtraditionRequestRule {

    private static final String FIELD = "undertakings.reciprocity";

    @Override
    public List<Violation> check(ExtraditionRequest request, RuleContext context) {
        if (request.undertakings() == null) {
            return List.of();
        }
        boolean given = request.undertakings().reciprocity();
        return context.legalBases()
                .find(request.legalBasisId())
                .map(LegalBasis::requiresReciprocityUndertaking)
                .map(required -> violations(required, given))
                .orElse(List.of());
    }

    private static List<Violation> violations(boolean required, boolean given) {
        if (required && !given) {
            return List.of(Violation.error(FIELD, "extradition.undertaking.reciprocityRequired"));
        }
        if (!required && given) {
            return List.of(Violation.warning(FIELD, "extradition.undertaking.reciprocityWithTreaty"));
        }
        return List.of();
    }
}
