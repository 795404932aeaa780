package org.comity.core.extradition.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.LegalBasis;
import org.comity.core.extradition.request.LegalBasisKind;
import org.comity.core.validation.Violation;

/**
 * The legal basis must be registered, in force on the request date and binding on the states: a
 * treaty with listed parties binds both states, a statute is the requested state's own law. The
 * basis drives the time limits and thresholds ({@code reference/legal-domain.md} §2.7
 * {@code treatyRef}: "must exist in treaty registry"; §10 item 23: unknown treaty reference, treaty
 * not yet in force).
 */
class LegalBasisKnownInForceAndBinding implements ExtraditionRequestRule {

    private static final String FIELD = "legalBasisId";

    @Override
    public List<Violation> check(ExtraditionRequest request, RuleContext context) {
        if (request.legalBasisId() == null || request.legalBasisId().isBlank()) {
            return List.of();
        }
        Optional<LegalBasis> basis = context.legalBases().find(request.legalBasisId());
        if (basis.isEmpty()) {
            return List.of(Violation.error(FIELD, "extradition.legalBasis.unknown"));
        }
        if (request.requestDate() != null && !basis.get().inForceOn(request.requestDate())) {
            return List.of(Violation.error(FIELD, "extradition.legalBasis.notInForce")
                    .with("date", basis.get().inForceFrom()));
        }
        if (!binds(basis.get(), request)) {
            return List.of(Violation.error(FIELD, "extradition.legalBasis.notBinding"));
        }
        return List.of();
    }

    private static boolean binds(LegalBasis basis, ExtraditionRequest request) {
        Set<String> parties = basis.parties();
        if (parties.isEmpty() || request.requestedState() == null || request.requestingState() == null) {
            // a missing state is reported by its field constraint; Set.of(...).contains(null) would throw
            return true;
        }
        if (basis.kind() == LegalBasisKind.STATUTE_RECIPROCITY) {
            return parties.contains(request.requestedState());
        }
        return parties.contains(request.requestedState()) && parties.contains(request.requestingState());
    }
}
