package org.comity.core.extradition.assurance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.comity.core.extradition.AssuranceAuthority;
import org.comity.core.extradition.decision.ExtraditionDecisions;
import org.comity.core.extradition.request.AssuranceKind;
import org.springframework.stereotype.Component;

/**
 * Evaluates the DMN {@code AssuranceRouting}: through whom an assurance is given and which
 * authority decides it (S10 Art. 50; S11 Art. 11). The law lives in the table, not here.
 */
@Component
class AssuranceRouting {

    /** The outputs of one matched row. */
    record Route(AssuranceAuthority givenThrough, AssuranceAuthority decidingAuthority, String articleReference) {}

    private final DecisionService decisions;

    AssuranceRouting(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The route for an assurance of {@code kind} given by {@code requestingState}; empty if the table has none. */
    Optional<Route> route(String requestingState, AssuranceKind kind) {
        List<Map<String, Object>> rows = decisions
                .evaluateDecisionTableByKey(
                        ExtraditionDecisions.AssuranceRouting.ID,
                        Map.of(
                                ExtraditionDecisions.AssuranceRouting.REQUESTING_STATE,
                                requestingState,
                                ExtraditionDecisions.AssuranceRouting.ASSURANCE_KIND,
                                kind.name()))
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new Route(
                        AssuranceAuthority.valueOf(
                                (String) row.get(ExtraditionDecisions.AssuranceRouting.GIVEN_THROUGH)),
                        AssuranceAuthority.valueOf(
                                (String) row.get(ExtraditionDecisions.AssuranceRouting.DECIDING_AUTHORITY)),
                        (String) row.get(ExtraditionDecisions.AssuranceRouting.ARTICLE_REFERENCE)));
    }
}
