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
import static org.mockito.Mockito.never;
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

/** {@code HandoverProcess}, path by path. */
@Deployment(resources = "bpmn/handover-process.bpmn")
class HandoverProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = RepatriationEngine.extension("handover-process");

    private final JavaDelegate handoverRecorder = mock(JavaDelegate.class);
    private final JavaDelegate handoverManifest = mock(JavaDelegate.class);
    private final JavaDelegate personsHandedOver = mock(JavaDelegate.class);
    private final JavaDelegate handoverReceipt = mock(JavaDelegate.class);
    private final JavaDelegate transferCancellation = mock(JavaDelegate.class);

    @BeforeEach
    void mockDelegates() {
        org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init(ENGINE.getProcessEngine());
        Mocks.register(BEAN_HANDOVER_RECORDER, handoverRecorder);
        Mocks.register(BEAN_HANDOVER_MANIFEST, handoverManifest);
        Mocks.register(BEAN_PERSONS_HANDED_OVER, personsHandedOver);
        Mocks.register(BEAN_HANDOVER_RECEIPT, handoverReceipt);
        Mocks.register(BEAN_TRANSFER_CANCELLATION, transferCancellation);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void handsOverEveryoneReceivedWhenPlanApprovedExecutedAndAcknowledged() throws Exception {
        ProcessInstance transfer = aTransferFromMyanmarToChina();

        complete(task(), withVariables(VAR_PLAN_DECISION, "APPROVE"));
        assertThat(transfer).isWaitingAt(TASK_ISSUE_HANDOVER_MANIFEST);
        execute(job());
        verify(handoverManifest).execute(any());
        assertThat(transfer).isWaitingAt(TASK_EXECUTE_HANDOVER);
        assertThat(task()).hasCandidateGroup("MM-officer").hasFormKey("RepatriationExecuteHandover");
        complete(task(), withVariables("handedOverCount", 150, "escortOfficers", 12));
        assertThat(transfer).isWaitingAt(TASK_ACKNOWLEDGE_RECEIPT);
        assertThat(task()).hasCandidateGroup("CN-officer").hasFormKey("RepatriationAcknowledgeReceipt");
        complete(task(), withVariables("receivedCount", 150, "notReceivedCount", 0));
        assertThat(transfer).isWaitingAt(TASK_RECORD_HANDOVER);
        org.mockito.Mockito.doAnswer(call -> {
                    ((org.camunda.bpm.engine.delegate.DelegateExecution) call.getArgument(0))
                            .setVariable(VAR_HANDOVER_CHUNKS, 3);
                    return null;
                })
                .when(handoverRecorder)
                .execute(any());
        execute(job());

        for (int chunk = 0; chunk < 3; chunk++) {
            assertThat(transfer).as("chunk %d waits as a job of its own", chunk).isWaitingAt(TASK_HAND_OVER_PERSONS);
            execute(job());
        }
        assertThat(transfer).isWaitingAt(TASK_ISSUE_HANDOVER_RECEIPT);
        execute(job());

        verify(handoverRecorder).execute(any());
        verify(personsHandedOver, org.mockito.Mockito.times(3)).execute(any());
        verify(handoverReceipt).execute(any());
        verify(transferCancellation, never()).execute(any());
        assertThat(transfer).isEnded().hasPassed(END_HANDED_OVER);
    }

    @Test
    void cancelsTransferWhenSupervisorRejectsPlan() throws Exception {
        ProcessInstance transfer = aTransferFromMyanmarToChina();

        complete(task(), withVariables(VAR_PLAN_DECISION, "REJECT"));
        assertThat(transfer).isWaitingAt(TASK_CANCEL_TRANSFER);
        execute(job());

        verify(transferCancellation).execute(any());
        verify(handoverManifest, never()).execute(any());
        assertThat(transfer).isEnded().hasPassed(END_TRANSFER_CANCELLED).hasNotPassed(TASK_EXECUTE_HANDOVER);
    }

    private static ProcessInstance aTransferFromMyanmarToChina() {
        ProcessInstance transfer = runtimeService()
                .startProcessInstanceByKey(
                        HANDOVER_PROCESS,
                        UUID.randomUUID().toString(),
                        withVariables(
                                VAR_HOLDING_STATE,
                                "MM",
                                VAR_RECEIVING_STATE,
                                "CN",
                                VAR_TRANSFER_ID,
                                UUID.randomUUID().toString()));
        assertThat(transfer).isWaitingAt(TASK_APPROVE_TRANSFER_PLAN);
        assertThat(task()).hasCandidateGroup("MM-supervisor").hasFormKey("RepatriationApproveTransferPlan");
        return transfer;
    }
}
