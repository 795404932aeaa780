package org.comity.bpmn.repatriation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.comity.core.repatriation.RepatriationModel.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code RepatriationOperationProcess}: its one path. */
@Deployment(resources = "bpmn/repatriation-operation-process.bpmn")
class RepatriationOperationProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = RepatriationEngine.extension("operation-process");

    @BeforeEach
    void useThisClassesEngine() {
        org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init(ENGINE.getProcessEngine());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void closesOperationWhenHoldingSupervisorClosesIt() throws Exception {
        JavaDelegate closure = mock(JavaDelegate.class);
        Mocks.register(BEAN_OPERATION_CLOSURE, closure);
        ProcessInstance operation = runtimeService()
                .startProcessInstanceByKey(
                        OPERATION_PROCESS,
                        UUID.randomUUID().toString(),
                        withVariables(VAR_HOLDING_STATE, "MM", VAR_RECEIVING_STATE, "CN"));
        assertThat(operation).isWaitingAt(TASK_CLOSE_OPERATION);
        assertThat(task()).hasCandidateGroup("MM-supervisor").hasFormKey("RepatriationCloseOperation");

        complete(task(), withVariables(VAR_CLOSED_ON, "2025-12-01"));
        execute(job());

        verify(closure).execute(any());
        assertThat(operation).isEnded().hasPassed(TASK_RECORD_OPERATION_CLOSED, END_OPERATION_CLOSED);
    }
}
