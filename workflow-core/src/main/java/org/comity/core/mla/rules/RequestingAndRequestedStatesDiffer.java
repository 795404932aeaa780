package org.comity.core.mla.rules;

import java.util.List;
import java.util.Objects;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.validation.Violation;

/**
 * A state does not ask itself for assistance: the requesting and requested states differ
 * ({@code reference/legal-domain.md} §10 item 23: "requesting state = requested state (invalid)").
 */
class RequestingAndRequestedStatesDiffer implements MlaRequestRule {

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        if (request.requestedState() != null && Objects.equals(request.requestingState(), request.requestedState())) {
            return List.of(Violation.error("requestedState", "mla.states.same"));
        }
        return List.of();
    }
}
