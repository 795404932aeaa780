package org.comity.core.extradition.rules;

import java.util.List;
import java.util.Objects;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.validation.Violation;

/**
 * A state does not extradite to itself: the requesting and requested states differ
 * ({@code reference/legal-domain.md} §2.7 {@code requestingState, requestedState}: "distinct";
 * §10 item 23).
 */
class RequestingAndRequestedStatesDiffer implements ExtraditionRequestRule {

    @Override
    public List<Violation> check(ExtraditionRequest request, RuleContext context) {
        if (request.requestedState() != null && Objects.equals(request.requestingState(), request.requestedState())) {
            return List.of(Violation.error("requestedState", "extradition.states.same"));
        }
        return List.of();
    }
}
