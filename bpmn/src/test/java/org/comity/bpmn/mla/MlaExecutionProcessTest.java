package org.comity.bpmn.mla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.comity.bpmn.CaseDriver.SHANGHAI;
import static org.comity.bpmn.CaseDriver.YANGON;
import static org.comity.bpmn.CaseDriver.clockAt;
import static org.comity.core.mla.MlaProcesses.Variables.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.comity.bpmn.CaseDriver;
import org.comity.core.form.ReviewDecision;
import org.comity.core.mla.MlaProcesses.Requested;
import org.comity.core.mla.MlaProcesses.Requesting;
import org.comity.core.mla.decision.MlaDecisions;
import org.comity.core.mla.form.AssessmentDecision;
import org.comity.core.mla.form.ConfidentialityAnswer;
import org.comity.core.mla.form.ExecutionOutcome;
import org.comity.core.mla.form.FurtherUse;
import org.comity.core.mla.form.FurtherUseDecision;
import org.comity.core.mla.form.MlaGroundCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code MlaExecutionProcess} (requested side), one method per path. Myanmar executes China's
 * requests unless stated; day 0 is 2 March 2026 in Yangon, where every period is counted: a
 * 30-day window ends with day 30 (1 April) and closes at 00:00 on 2 April (day 31).
 */
@Deployment(
        resources = {"bpmn/mla-request-process.bpmn", "bpmn/mla-execution-process.bpmn", "dmn/mla-refusal-grounds.dmn"})
class MlaExecutionProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE =
            CaseDriver.extension(Requested.PROCESS_ID, Requesting.PROCESS_ID);

    static final ZonedDateTime DAY_0 = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, YANGON);
    static final LocalDate DEADLINE = LocalDate.of(2026, 3, 12);
    static final ZonedDateTime DEADLINE_PASSED = ZonedDateTime.of(2026, 3, 13, 0, 0, 0, 0, YANGON);

    ProcessEngine engine;
    MlaEngine cases;

    @BeforeEach
    void setUp() {
        clockAt(DAY_0);
        BpmnAwareTests.init(engine);
        cases = new MlaEngine(engine);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void executesTheRequestBeforeTheDeadlineAndReportsTheResult() {
        ProcessInstance execution = receive("CN", "MM", false, DEADLINE);
        assertThat(execution).isWaitingAt(Requested.ASSESS_REQUEST);
        accept(Map.of());
        assertThat(execution)
                .hasPassed(Requested.REFUSAL_GROUNDS)
                .isWaitingAt(Requested.EXECUTE_REQUEST)
                .variables()
                .containsEntry(MANDATORY_GROUND_FOUND, false);
        assertThat(cases.task(Requested.PROCESS_ID, Requested.EXECUTE_REQUEST).getDueDate())
                .isEqualTo(Date.from(DEADLINE_PASSED.toInstant()));

        execute(ExecutionOutcome.EXECUTED);
        assertThat(execution)
                .hasPassed(Requested.END_REQUEST_EXECUTED, Requested.ISSUE_REPORT, Requested.RESULT_SENT)
                .hasNotPassed(Requested.EXPLAIN_DELAY)
                .isWaitingAt(Requested.AWAIT_ACKNOWLEDGEMENT);
        assertThat(cases.issuedDocuments).containsExactly(Requesting.ISSUE_LETTER, Requested.ISSUE_REPORT);
        acknowledge(FurtherUse.NONE);
        assertThat(execution).isEnded().hasPassed(Requested.EVIDENCE_ACKNOWLEDGED, Requested.END_EXECUTED);
    }

    @Test
    void asksTheSupervisorToExplainTheDelayOnceTheDeadlinePasses() {
        ProcessInstance execution = receive("CN", "MM", false, DEADLINE);
        accept(Map.of());
        clockAt(DEADLINE_PASSED.minusMinutes(1));
        cases.runJobs();
        assertThat(execution).isWaitingAt(Requested.EXECUTE_REQUEST).hasNotPassed(Requested.DEADLINE_TIMER);

        clockAt(DEADLINE_PASSED);
        cases.runJobs();
        assertThat(execution).isWaitingAt(Requested.EXECUTE_REQUEST, Requested.EXPLAIN_DELAY);
        cases.complete(Requested.PROCESS_ID, Requested.EXPLAIN_DELAY, Map.of());
        assertThat(execution)
                .hasPassed(Requested.DELAY_NOTIFIED, Requested.END_DELAY_EXPLAINED)
                .isWaitingAt(Requested.EXECUTE_REQUEST);
        execute(ExecutionOutcome.PARTIALLY_EXECUTED);
        assertThat(execution).isWaitingAt(Requested.AWAIT_ACKNOWLEDGEMENT);
    }

    @Test
    void dropsThePendingExplanationWhenTheResultIsSent() {
        ProcessInstance execution = receive("CN", "MM", false, DEADLINE);
        accept(Map.of());
        clockAt(DEADLINE_PASSED);
        cases.runJobs();
        execute(ExecutionOutcome.EXECUTED);
        assertThat(execution).isWaitingAt(Requested.AWAIT_ACKNOWLEDGEMENT).hasNotPassed(Requested.DELAY_NOTIFIED);
        assertThat(cases.task(Requested.PROCESS_ID, Requested.EXPLAIN_DELAY)).isNull();
    }

    @Test
    void watchesNoDeadlineWhenNoneWasRequested() {
        ProcessInstance execution = receive("CN", "MM", false, null);
        accept(Map.of());
        assertThat(execution).hasPassed(Requested.END_NO_DEADLINE).isWaitingAt(Requested.EXECUTE_REQUEST);
        assertThat(cases.task(Requested.PROCESS_ID, Requested.EXECUTE_REQUEST).getDueDate())
                .isNull();
    }

    @Test
    void refusesOnChinasMandatorySovereigntyGround() {
        clockAt(DAY_0.withZoneSameInstant(SHANGHAI));
        ProcessInstance execution = receive("MM", "CN", false, null);
        assess(Map.of(DECISION, AssessmentDecision.REFUSE.name(), MlaDecisions.HARMS_SOVEREIGNTY, true));
        assertThat(execution)
                .isEnded()
                .hasPassed(Requested.ISSUE_REFUSAL_NOTICE, Requested.REFUSAL_SENT, Requested.END_REFUSED)
                .variables()
                .containsEntry(MANDATORY_GROUND_FOUND, true)
                .containsEntry(MANDATORY_GROUNDS, MlaGroundCode.SOV.name());
        assertThat(cases.issuedDocuments)
                .as("the notice with reasons, UNTOC Art. 18(23)")
                .containsExactly(Requesting.ISSUE_LETTER, Requested.ISSUE_REFUSAL_NOTICE);
        assertThat(cases.history(Requesting.PROCESS_ID).getEndActivityId()).isEqualTo(Requesting.END_REFUSED);
    }

    @Test
    void recordsAnOptionalGroundOfMyanmar() {
        ProcessInstance execution = receive("CN", "MM", false, null);
        assess(Map.of(DECISION, AssessmentDecision.REFUSE.name(), MlaDecisions.PERSECUTION_RISK, true));
        assertThat(execution)
                .isEnded()
                .variables()
                .containsEntry(MANDATORY_GROUND_FOUND, false)
                .containsEntry(OPTIONAL_GROUNDS, MlaGroundCode.PER.name());
    }

    @Test
    void reassessesOnceTheRequestedInformationArrives() {
        ProcessInstance execution = receive("CN", "MM", false, null);
        askForMoreInformation(30);
        assertThat(execution)
                .isWaitingAt(Requested.AWAIT_MORE_INFORMATION)
                .variables()
                .containsEntry(MORE_INFORMATION_EXPIRES_AT, "2026-04-02T00:00:00+06:30");
        clockAt(DAY_0.plusDays(20));
        cases.complete(Requesting.PROCESS_ID, Requesting.PROVIDE_MORE_INFORMATION, Map.of());
        assertThat(execution).hasPassed(Requested.MORE_INFORMATION_PROVIDED).isWaitingAt(Requested.ASSESS_REQUEST);
    }

    @Test
    void reassessesWithoutTheInformationOnDay31() {
        ProcessInstance execution = receive("CN", "MM", false, null);
        askForMoreInformation(30);
        clockAt(ZonedDateTime.of(2026, 4, 1, 23, 59, 0, 0, YANGON)); // day 30
        cases.runJobs();
        assertThat(execution).isWaitingAt(Requested.AWAIT_MORE_INFORMATION);
        clockAt(ZonedDateTime.of(2026, 4, 2, 0, 0, 0, 0, YANGON)); // day 31
        cases.runJobs();
        assertThat(execution)
                .hasPassed(Requested.MORE_INFORMATION_TIMER, Requested.MORE_INFORMATION_LAPSED)
                .isWaitingAt(Requested.ASSESS_REQUEST);
        assertThat(cases.task(Requesting.PROCESS_ID, Requesting.PROVIDE_MORE_INFORMATION))
                .isNull();
    }

    @Test
    void postponesAndReassessesOnTheDayThePostponementEnds() {
        ProcessInstance execution = receive("CN", "MM", false, null);
        assess(Map.of(DECISION, AssessmentDecision.POSTPONE.name(), POSTPONED_UNTIL, "2026-05-01"));
        assertThat(execution)
                .hasPassed(Requested.ISSUE_POSTPONEMENT_NOTICE, Requested.POSTPONEMENT_SENT)
                .isWaitingAt(Requested.POSTPONEMENT_TIMER)
                .variables()
                .containsEntry(POSTPONEMENT_ENDS_AT, "2026-05-01T00:00:00+06:30");
        assertThat(cases.issuedDocuments)
                .as("the notice of postponement, UNTOC Art. 18(25)")
                .containsExactly(Requesting.ISSUE_LETTER, Requested.ISSUE_POSTPONEMENT_NOTICE);
        clockAt(ZonedDateTime.of(2026, 4, 30, 23, 59, 0, 0, YANGON));
        cases.runJobs();
        assertThat(execution).isWaitingAt(Requested.POSTPONEMENT_TIMER);
        clockAt(ZonedDateTime.of(2026, 5, 1, 0, 0, 0, 0, YANGON));
        cases.runJobs();
        assertThat(execution).isWaitingAt(Requested.ASSESS_REQUEST);
    }

    @Test
    void notifiesTheRequestingStateWhenConfidentialityCannotBeKeptAndStopsIfItWithdraws() {
        ProcessInstance execution = receive("CN", "MM", true, null);
        accept(Map.of(CONFIDENTIALITY_CAN_BE_KEPT, false));
        assertThat(execution)
                .hasPassed(Requested.CONFIDENTIALITY_NOTICE_SENT)
                .isWaitingAt(Requested.CONFIDENTIALITY_ANSWERED);
        cases.complete(
                Requesting.PROCESS_ID,
                Requesting.CONSIDER_CONFIDENTIALITY,
                Map.of(CONFIDENTIALITY_ANSWER, ConfidentialityAnswer.WITHDRAW.name()));
        assertThat(execution).isEnded().hasPassed(Requested.END_WITHDRAWN).hasNotPassed(Requested.EXECUTE_REQUEST);
    }

    @Test
    void executesAConfidentialRequestAtOnceWhenConfidentialityCanBeKept() {
        ProcessInstance execution = receive("CN", "MM", true, null);
        accept(Map.of(CONFIDENTIALITY_CAN_BE_KEPT, true));
        assertThat(execution)
                .isWaitingAt(Requested.EXECUTE_REQUEST)
                .hasNotPassed(Requested.CONFIDENTIALITY_NOTICE_SENT);
    }

    @Test
    void decidesWhetherTheEvidenceMayServeOtherProceedings() {
        ProcessInstance execution = receive("CN", "MM", false, null);
        accept(Map.of());
        execute(ExecutionOutcome.EXECUTED);
        acknowledge(FurtherUse.REQUEST_CONSENT);
        assertThat(execution).hasPassed(Requested.FURTHER_USE_REQUESTED).isWaitingAt(Requested.DECIDE_ON_FURTHER_USE);
        cases.complete(
                Requested.PROCESS_ID,
                Requested.DECIDE_ON_FURTHER_USE,
                Map.of(FURTHER_USE_DECISION, FurtherUseDecision.REFUSE.name()));
        assertThat(execution).isEnded().hasPassed(Requested.FURTHER_USE_DECIDED, Requested.END_EXECUTED);
        assertThat(cases.history(Requesting.PROCESS_ID).getEndActivityId()).isEqualTo(Requesting.END_EVIDENCE_RECEIVED);
    }

    private ProcessInstance receive(String requesting, String requested, boolean confidential, LocalDate deadline) {
        cases.submit(requesting, requested, confidential, deadline);
        cases.complete(
                Requesting.PROCESS_ID,
                Requesting.REVIEW_REQUEST,
                Map.of(REVIEW_DECISION, ReviewDecision.APPROVE.name()));
        return cases.instance(Requested.PROCESS_ID);
    }

    private void assess(Map<String, Object> assessment) {
        cases.complete(Requested.PROCESS_ID, Requested.ASSESS_REQUEST, assessment);
    }

    private void accept(Map<String, Object> findings) {
        Map<String, Object> assessment = new java.util.HashMap<>(findings);
        assessment.put(DECISION, AssessmentDecision.ACCEPT.name());
        assess(assessment);
    }

    private void askForMoreInformation(int days) {
        assess(Map.of(DECISION, AssessmentDecision.REQUEST_MORE_INFORMATION.name(), REPLY_WITHIN_DAYS, days));
    }

    private void execute(ExecutionOutcome outcome) {
        cases.complete(Requested.PROCESS_ID, Requested.EXECUTE_REQUEST, Map.of(OUTCOME, outcome.name()));
    }

    private void acknowledge(FurtherUse use) {
        cases.complete(Requesting.PROCESS_ID, Requesting.ACKNOWLEDGE_EVIDENCE, Map.of(FURTHER_USE, use.name()));
    }
}
