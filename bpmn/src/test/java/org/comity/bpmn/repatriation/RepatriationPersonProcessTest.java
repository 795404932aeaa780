package org.comity.bpmn.repatriation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.comity.core.repatriation.RepatriationModel.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.comity.core.repatriation.form.NotReceivedOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code RepatriationPersonProcess}, path by path. */
@Deployment(resources = "bpmn/repatriation-person-process.bpmn")
class RepatriationPersonProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = RepatriationEngine.extension("person-process");

    private final JavaDelegate victimStatus = mock(JavaDelegate.class);

    @BeforeEach
    void mockDelegates() {
        org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init(ENGINE.getProcessEngine());
        Mocks.register(BEAN_VICTIM_STATUS, victimStatus);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void repatriatesPersonWhenConfirmedDocumentedClearedAndHandedOver() throws Exception {
        ProcessInstance person = aDetaineeHeldInMyanmarClaimingChineseNationality();

        verify(person, "CONFIRMED", null);
        assertThat(person).isWaitingAt(TASK_ISSUE_TRAVEL_DOCUMENT);
        assertThat(task()).hasCandidateGroup("CN-officer");
        complete(
                task(),
                withVariables(
                        VAR_TRAVEL_DOCUMENT_TYPE,
                        "EMERGENCY_TRAVEL_DOCUMENT",
                        VAR_TRAVEL_DOCUMENT_EXPIRY,
                        "2030-01-01"));
        assertThat(person).isWaitingAt(TASK_CLEAR_FOR_TRANSFER);
        assertThat(task()).hasCandidateGroup("MM-officer");
        clear(person, "CLEARED", "NO_INDICATORS");
        assertThat(person).isWaitingAt(EVENT_HANDED_OVER);

        receipt(person, true);

        assertThat(person).isEnded().hasPassed(END_REPATRIATED).hasNotPassed(TASK_RECORD_VICTIM_STATUS);
        org.mockito.Mockito.verify(victimStatus, never()).execute(any());
    }

    @Test
    void refersPersonWhenNationalityIsNotConfirmed() {
        ProcessInstance person = aDetaineeHeldInMyanmarClaimingChineseNationality();

        verify(person, "NOT_CONFIRMED", "No record in the household registry");

        assertThat(person).isEnded().hasPassed(END_REFERRED).hasNotPassed(TASK_ISSUE_TRAVEL_DOCUMENT);
    }

    @Test
    void asksHoldingStateForIdentityInformationThenVerifiesAgain() {
        ProcessInstance person = aDetaineeHeldInMyanmarClaimingChineseNationality();

        verify(person, "MORE_INFORMATION_NEEDED", "Fingerprints please");
        assertThat(person).isWaitingAt(TASK_PROVIDE_IDENTITY_INFORMATION);
        assertThat(task()).hasCandidateGroup("MM-officer");
        complete(task());

        assertThat(person).isWaitingAt(TASK_VERIFY_NATIONALITY);
        verify(person, "CONFIRMED", null);
        assertThat(person).isWaitingAt(TASK_ISSUE_TRAVEL_DOCUMENT);
    }

    @Test
    void retainsPersonWhenNotClearedForTransfer() {
        ProcessInstance person = aDetaineeHeldInMyanmarClaimingChineseNationality();
        verify(person, "CONFIRMED", null);
        complete(task(), withVariables(VAR_TRAVEL_DOCUMENT_TYPE, "PASSPORT", VAR_TRAVEL_DOCUMENT_EXPIRY, "2030-01-01"));

        clear(person, "NOT_CLEARED", "NO_INDICATORS");

        assertThat(person).isEnded().hasPassed(END_RETAINED).hasNotPassed(EVENT_HANDED_OVER);
    }

    @Test
    void reclassesPersonAsVictimWhenScreeningIdentifiesTrafficking() throws Exception {
        ProcessInstance person = aDetaineeHeldInMyanmarClaimingChineseNationality();
        verify(person, "CONFIRMED", null);
        complete(
                task(),
                withVariables(VAR_TRAVEL_DOCUMENT_TYPE, "LAISSEZ_PASSER", VAR_TRAVEL_DOCUMENT_EXPIRY, "2030-01-01"));

        clear(person, "CLEARED", "VICTIM_IDENTIFIED");
        assertThat(person).isWaitingAt(TASK_RECORD_VICTIM_STATUS);
        execute(job());

        org.mockito.Mockito.verify(victimStatus).execute(any());
        assertThat(person).isWaitingAt(EVENT_HANDED_OVER);
    }

    @Test
    void escalatesToReceivingSupervisorWhenVerificationOutlastsItsServiceLevel() {
        Instant start = Instant.parse("2026-03-01T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        ProcessInstance person = aDetaineeHeldInMyanmarClaimingChineseNationality();

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(15)).minusSeconds(60)));
        org.assertj.core.api.Assertions.assertThat(managementService()
                        .createJobQuery()
                        .timers()
                        .executable()
                        .count())
                .isZero();
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(15)).plusSeconds(60)));
        execute(managementService().createJobQuery().timers().executable().singleResult());

        assertThat(person).isWaitingAt(TASK_VERIFY_NATIONALITY, TASK_ESCALATE_VERIFICATION);
        assertThat(task(TASK_ESCALATE_VERIFICATION)).hasCandidateGroup("CN-supervisor");
        complete(task(TASK_ESCALATE_VERIFICATION), withVariables("escalationAction", "REMINDED_OFFICER"));
        assertThat(person).hasPassed(END_VERIFICATION_ESCALATED).isWaitingAt(TASK_VERIFY_NATIONALITY);
    }

    /** §10 item 22: the route decision puts extradition first while the person is being documented. */
    @Test
    void withdrawsPersonWhereverTheyAreWhenExtraditionGoesFirst() {
        ProcessInstance person = aDetaineeHeldInMyanmarClaimingChineseNationality();
        verify(person, "CONFIRMED", null);
        assertThat(person).isWaitingAt(TASK_ISSUE_TRAVEL_DOCUMENT);

        runtimeService()
                .createMessageCorrelation(MESSAGE_PERSON_WITHDRAWN)
                .processInstanceId(person.getId())
                .correlate();

        assertThat(person).isEnded().hasPassed(END_HELD_FOR_EXTRADITION).hasNotPassed(TASK_CLEAR_FOR_TRANSFER);
        org.assertj.core.api.Assertions.assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(person.getId())
                        .count())
                .as("the SLA timer is gone too")
                .isZero();
    }

    @Test
    void withdrawsPersonWaitingForTheHandoverWhenExtraditionGoesFirst() {
        ProcessInstance person = aDetaineeHeldInMyanmarClaimingChineseNationality();
        verify(person, "CONFIRMED", null);
        complete(task(), withVariables(VAR_TRAVEL_DOCUMENT_TYPE, "PASSPORT", VAR_TRAVEL_DOCUMENT_EXPIRY, "2030-01-01"));
        clear(person, "CLEARED", "NO_INDICATORS");
        assertThat(person).isWaitingAt(EVENT_HANDED_OVER);

        runtimeService()
                .createMessageCorrelation(MESSAGE_PERSON_WITHDRAWN)
                .processInstanceId(person.getId())
                .correlate();

        assertThat(person).isEnded().hasPassed(END_HELD_FOR_EXTRADITION).hasNotPassed(END_REPATRIATED);
        org.assertj.core.api.Assertions.assertThat(
                        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
                                .createHistoricProcessInstanceQuery()
                                .processInstanceId(person.getId())
                                .singleResult()
                                .getEndActivityId())
                .as("the engine records the event subprocess as the end; the figures count by it")
                .isEqualTo(EVENT_WITHDRAWAL);
    }

    /** §9 item 18: a person still held after a receipt listed them goes back to wait for another transfer. */
    @Test
    void waitsForAnotherTransferWhenPersonNotReceivedIsStillHeld() {
        ProcessInstance person = aPersonOnATransferNotReceived();
        assertThat(task()).hasCandidateGroup("MM-officer").hasFormKey("RepatriationAccountForPerson");

        account(NotReceivedOutcome.STILL_HELD);
        assertThat(person).isWaitingAt(EVENT_HANDED_OVER);
        receipt(person, true);

        assertThat(person).isEnded().hasPassed(TASK_ACCOUNT_FOR_PERSON, END_REPATRIATED);
    }

    @ParameterizedTest
    @CsvSource({"ESCAPED, EndEvent_Escaped", "DIED, EndEvent_Deceased", "RELEASED, EndEvent_Released"})
    void endsWhereTheHoldingStateAccountsForAPersonNotReceived(NotReceivedOutcome outcome, String end) {
        ProcessInstance person = aPersonOnATransferNotReceived();

        account(outcome);

        assertThat(person).isEnded().hasPassed(end).hasNotPassed(END_REPATRIATED, TASK_CONFIRM_LATE_RECEIPT);
    }

    @Test
    void repatriatesPersonReceivedLateOnceTheReceivingStateConfirms() {
        ProcessInstance person = aPersonOnATransferNotReceived();

        account(NotReceivedOutcome.RECEIVED_LATE);
        assertThat(person).isWaitingAt(TASK_CONFIRM_LATE_RECEIPT);
        assertThat(task()).hasCandidateGroup("CN-officer").hasFormKey("RepatriationConfirmLateReceipt");
        complete(task(), withVariables(VAR_LATE_RECEIPT, "CONFIRMED", "receivedOn", "2026-03-02"));

        assertThat(person).isEnded().hasPassed(END_REPATRIATED);
    }

    @Test
    void asksHoldingStateAgainWhenTheReceivingStateDoesNotConfirmALateReceipt() {
        ProcessInstance person = aPersonOnATransferNotReceived();
        account(NotReceivedOutcome.RECEIVED_LATE);

        complete(task(), withVariables(VAR_LATE_RECEIPT, "NOT_CONFIRMED"));
        assertThat(person).isWaitingAt(TASK_ACCOUNT_FOR_PERSON);
        account(NotReceivedOutcome.RELEASED);

        assertThat(person).isEnded().hasPassed(END_RELEASED).hasNotPassed(END_REPATRIATED);
    }

    private static ProcessInstance aPersonOnATransferNotReceived() {
        ProcessInstance person = aDetaineeHeldInMyanmarClaimingChineseNationality();
        verify(person, "CONFIRMED", null);
        complete(task(), withVariables(VAR_TRAVEL_DOCUMENT_TYPE, "PASSPORT", VAR_TRAVEL_DOCUMENT_EXPIRY, "2030-01-01"));
        clear(person, "CLEARED", "NO_INDICATORS");
        receipt(person, false);
        assertThat(person).isWaitingAt(TASK_ACCOUNT_FOR_PERSON).hasNotPassed(END_REPATRIATED);
        return person;
    }

    private static void receipt(ProcessInstance person, boolean received) {
        assertThat(person).isWaitingAt(EVENT_HANDED_OVER);
        runtimeService()
                .createMessageCorrelation(MESSAGE_PERSON_HANDED_OVER)
                .processInstanceId(person.getId())
                .setVariable(VAR_RECEIVED, received)
                .correlate();
    }

    private static void account(NotReceivedOutcome outcome) {
        complete(
                task(TASK_ACCOUNT_FOR_PERSON),
                withVariables(VAR_NOT_RECEIVED_OUTCOME, outcome.name(), "occurredOn", "2026-03-01"));
    }

    private static ProcessInstance aDetaineeHeldInMyanmarClaimingChineseNationality() {
        ProcessInstance person = runtimeService()
                .startProcessInstanceByKey(
                        PERSON_PROCESS,
                        UUID.randomUUID().toString(),
                        withVariables(
                                VAR_HOLDING_STATE,
                                "MM",
                                VAR_RECEIVING_STATE,
                                "CN",
                                VAR_PERSON_ID,
                                UUID.randomUUID().toString(),
                                VAR_VERIFICATION_SLA,
                                "P15D"));
        assertThat(person).isWaitingAt(TASK_VERIFY_NATIONALITY);
        assertThat(task()).hasCandidateGroup("CN-officer").hasFormKey("RepatriationVerifyNationality");
        return person;
    }

    private static void verify(ProcessInstance person, String outcome, String remarks) {
        assertThat(person).isWaitingAt(TASK_VERIFY_NATIONALITY);
        complete(task(TASK_VERIFY_NATIONALITY), withVariables(VAR_NATIONALITY_VERIFICATION, outcome));
    }

    private static void clear(ProcessInstance person, String clearance, String screening) {
        complete(
                task(),
                withVariables(
                        VAR_CLEARANCE,
                        clearance,
                        VAR_TRAFFICKING_SCREENING,
                        screening,
                        "medicalClearance",
                        true,
                        "localProceedingsPending",
                        false));
    }
}
