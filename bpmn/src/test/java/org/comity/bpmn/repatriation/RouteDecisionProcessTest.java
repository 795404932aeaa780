package org.comity.bpmn.repatriation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.comity.core.routeconflict.RouteConflictModel.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.comity.core.routeconflict.RouteDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code RouteDecisionProcess} (legal-domain.md §10 item 22), path by path. */
@Deployment(resources = "bpmn/route-decision-process.bpmn")
class RouteDecisionProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = RepatriationEngine.extension("route-decision-process");

    private final JavaDelegate applier = mock(JavaDelegate.class);

    @BeforeEach
    void mockDelegates() {
        org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init(ENGINE.getProcessEngine());
        Mocks.register(BEAN_ROUTE_DECISION, applier);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void holdsThePersonForExtraditionWhenTheSupervisorPutsExtraditionFirst() throws Exception {
        ProcessInstance decision = aConflictOverAPersonHeldInMyanmar();

        complete(task(), withVariables(VAR_ROUTE, RouteDecision.EXTRADITION_FIRST.name()));
        assertThat(decision).isWaitingAt(TASK_APPLY_ROUTE_DECISION);
        execute(job());

        verify(applier).execute(any());
        assertThat(decision).isEnded().hasPassed(END_HELD_FOR_EXTRADITION);
    }

    @ParameterizedTest
    @EnumSource(
            value = RouteDecision.class,
            names = {"REPATRIATION_PROCEEDS", "NOT_THE_SAME_PERSON"})
    void letsTheRepatriationProceedOtherwise(RouteDecision route) throws Exception {
        ProcessInstance decision = aConflictOverAPersonHeldInMyanmar();

        complete(task(), withVariables(VAR_ROUTE, route.name()));
        execute(job());

        verify(applier).execute(any());
        assertThat(decision).isEnded().hasPassed(END_REPATRIATION_PROCEEDS).hasNotPassed(END_HELD_FOR_EXTRADITION);
    }

    private static ProcessInstance aConflictOverAPersonHeldInMyanmar() {
        ProcessInstance decision = runtimeService()
                .startProcessInstanceByKey(
                        ROUTE_DECISION_PROCESS,
                        UUID.randomUUID().toString(),
                        withVariables(
                                VAR_HOLDING_STATE,
                                "MM",
                                VAR_RECEIVING_STATE,
                                "CN",
                                VAR_PERSON_ID,
                                UUID.randomUUID().toString(),
                                VAR_ROUTE_CONFLICT_ID,
                                UUID.randomUUID().toString()));
        assertThat(decision).isWaitingAt(TASK_DECIDE_ROUTE);
        assertThat(task()).hasCandidateGroup("MM-supervisor").hasFormKey("RepatriationDecideRoute");
        return decision;
    }
}
