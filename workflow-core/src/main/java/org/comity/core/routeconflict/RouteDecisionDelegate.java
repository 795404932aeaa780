package org.comity.core.routeconflict;

import static org.comity.core.routeconflict.RouteConflictModel.BEAN_ROUTE_DECISION;
import static org.comity.core.routeconflict.RouteConflictModel.VAR_ROUTE_CONFLICT_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code Task_ApplyRouteDecision} as a thin adapter: reads the conflict id and applies its decision. */
@Configuration(proxyBeanMethods = false)
class RouteDecisionDelegate {

    @Bean(BEAN_ROUTE_DECISION)
    JavaDelegate routeDecisionApplier(RouteConflicts routeConflicts) {
        return execution ->
                routeConflicts.apply(UUID.fromString((String) execution.getVariable(VAR_ROUTE_CONFLICT_ID)));
    }
}
