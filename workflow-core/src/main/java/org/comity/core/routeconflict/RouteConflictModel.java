package org.comity.core.routeconflict;

/**
 * The ids of {@code RouteDecisionProcess}, its elements, variables and delegate bean: the model, the
 * services and the tests refer to these constants, so an id exists once. The state variables have
 * the names the repatriation processes give them too, so that candidate groups read alike.
 */
public final class RouteConflictModel {

    public static final String ROUTE_DECISION_PROCESS = "RouteDecisionProcess";

    public static final String TASK_DECIDE_ROUTE = "Task_DecideRoute";
    public static final String TASK_APPLY_ROUTE_DECISION = "Task_ApplyRouteDecision";
    public static final String END_REPATRIATION_PROCEEDS = "EndEvent_RepatriationProceeds";
    public static final String END_HELD_FOR_EXTRADITION = "EndEvent_HeldForExtradition";

    public static final String VAR_HOLDING_STATE = "holdingState";
    public static final String VAR_RECEIVING_STATE = "receivingState";
    public static final String VAR_PERSON_ID = "personId";
    public static final String VAR_ROUTE_CONFLICT_ID = "routeConflictId";
    public static final String VAR_ROUTE = "route";

    public static final String BEAN_ROUTE_DECISION = "routeDecisionApplier";

    private RouteConflictModel() {}
}
