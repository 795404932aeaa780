package org.comity.bpmn.mla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.comity.bpmn.CaseDriver.YANGON;
import static org.comity.bpmn.CaseDriver.clockAt;
import static org.comity.core.mla.MlaProcesses.Variables.*;

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
import org.comity.core.mla.form.AssessmentDecision;
import org.comity.core.mla.form.ConfidentialityAnswer;
import org.comity.core.mla.form.ExecutionOutcome;
import org.comity.core.mla.form.FurtherUse;
import org.comity.core.mla.form.FurtherUseDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code MlaRequestProcess} (requesting side: China asks Myanmar), one method per path. The
 * requested side runs for real and answers through its own tasks.
 */
@Deployment(
        resources = {"bpmn/mla-request-process.bpmn", "bpmn/mla-execution-process.bpmn", "dmn/mla-refusal-grounds.dmn"})
class MlaRequestProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE =
            CaseDriver.extension(Requesting.PROCESS_ID, Requested.PROCESS_ID);

    static final ZonedDateTime DAY_0 = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, YANGON);

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
    void receivesTheEvidenceWhenTheRequestIsExecuted() {
        ProcessInstance request = submit(false);
        assertThat(request).hasPassed(Requesting.PRE_CHECK).isWaitingAt(Requesting.REVIEW_REQUEST);
        review(ReviewDecision.APPROVE);
        assertThat(request)
                .hasPassed(Requesting.ISSUE_LETTER, Requesting.REQUEST_SENT)
                .isWaitingAt(Requesting.AWAIT_ANSWER);
        accept();
        execute();

        assertThat(request).hasPassed(Requesting.RESULT_RECEIVED).isWaitingAt(Requesting.ACKNOWLEDGE_EVIDENCE);
        acknowledge(FurtherUse.NONE);
        assertThat(request).isEnded().hasPassed(Requesting.EVIDENCE_ACKNOWLEDGED, Requesting.END_EVIDENCE_RECEIVED);
        assertThat(cases.history(Requested.PROCESS_ID).getEndActivityId()).isEqualTo(Requested.END_EXECUTED);
        assertThat(cases.issuedDocuments).containsExactly(Requesting.ISSUE_LETTER, Requested.ISSUE_REPORT);
        assertThat(cases.statuses).containsExactly("UNDER_ASSESSMENT", "COMPLETED");
    }

    @Test
    void sendsTheRequestOnlyAfterACorrectionWhenTheReviewerReturnsIt() {
        ProcessInstance request = submit(false);
        review(ReviewDecision.RETURN);
        assertThat(request).isWaitingAt(Requesting.CORRECT_REQUEST).hasNotPassed(Requesting.ISSUE_LETTER);
        assertThat(cases.instance(Requested.PROCESS_ID)).isNull();
        cases.complete(Requesting.PROCESS_ID, Requesting.CORRECT_REQUEST, Map.of());
        review(ReviewDecision.APPROVE);
        assertThat(request).isWaitingAt(Requesting.AWAIT_ANSWER);
        assertThat(cases.instance(Requested.PROCESS_ID)).isWaitingAt(Requested.ASSESS_REQUEST);
    }

    @Test
    void endsRefusedWhenTheRequestedStateRefuses() {
        ProcessInstance request = submit(false);
        review(ReviewDecision.APPROVE);
        assess(Map.of(DECISION, AssessmentDecision.REFUSE.name()));
        assertThat(request).isEnded().hasPassed(Requesting.REFUSED, Requesting.END_REFUSED);
        assertThat(cases.statuses).endsWith("REFUSED");
    }

    @Test
    void providesMoreInformationAndAwaitsTheAnswerAgain() {
        ProcessInstance request = submit(false);
        review(ReviewDecision.APPROVE);
        askForMoreInformation(30);
        assertThat(request).isWaitingAt(Requesting.PROVIDE_MORE_INFORMATION);
        assertThat(cases.task(Requesting.PROCESS_ID, Requesting.PROVIDE_MORE_INFORMATION)
                        .getDueDate())
                .isEqualTo(Date.from(
                        ZonedDateTime.of(2026, 4, 2, 0, 0, 0, 0, YANGON).toInstant()));

        cases.complete(Requesting.PROCESS_ID, Requesting.PROVIDE_MORE_INFORMATION, Map.of());
        assertThat(request).hasPassed(Requesting.MORE_INFORMATION_SENT).isWaitingAt(Requesting.AWAIT_ANSWER);
        assertThat(cases.instance(Requested.PROCESS_ID)).isWaitingAt(Requested.ASSESS_REQUEST);
    }

    @Test
    void stopsProvidingInformationWhenTheRequestedStateClosesTheWindow() {
        ProcessInstance request = submit(false);
        review(ReviewDecision.APPROVE);
        askForMoreInformation(30);
        clockAt(ZonedDateTime.of(2026, 4, 2, 0, 0, 0, 0, YANGON));
        cases.runJobs();
        assertThat(request)
                .hasPassed(Requesting.MORE_INFORMATION_LAPSED)
                .isWaitingAt(Requesting.AWAIT_ANSWER)
                .hasNotPassed(Requesting.MORE_INFORMATION_SENT);
        assertThat(cases.instance(Requested.PROCESS_ID)).isWaitingAt(Requested.ASSESS_REQUEST);
    }

    @Test
    void keepsWaitingThroughAPostponement() {
        ProcessInstance request = submit(false);
        review(ReviewDecision.APPROVE);
        assess(Map.of(DECISION, AssessmentDecision.POSTPONE.name(), POSTPONED_UNTIL, "2026-05-01"));
        assertThat(request).hasPassed(Requesting.POSTPONED).isWaitingAt(Requesting.AWAIT_ANSWER);
        assertThat(cases.statuses).endsWith("POSTPONED");
    }

    @Test
    void withdrawsTheRequestWhenItCannotBeKeptConfidential() {
        ProcessInstance request = submit(true);
        review(ReviewDecision.APPROVE);
        assess(Map.of(DECISION, AssessmentDecision.ACCEPT.name(), CONFIDENTIALITY_CAN_BE_KEPT, false));
        assertThat(request)
                .hasPassed(Requesting.CONFIDENTIALITY_NOTICE)
                .isWaitingAt(Requesting.CONSIDER_CONFIDENTIALITY);
        answerConfidentiality(ConfidentialityAnswer.WITHDRAW);
        assertThat(request).isEnded().hasPassed(Requesting.END_WITHDRAWN);
        assertThat(cases.history(Requested.PROCESS_ID).getEndActivityId()).isEqualTo(Requested.END_WITHDRAWN);
        assertThat(cases.statuses).endsWith("CONFIDENTIALITY_NOTICE", "WITHDRAWN");
    }

    @Test
    void letsTheRequestBeExecutedWithoutConfidentialityWhenItAgrees() {
        ProcessInstance request = submit(true);
        review(ReviewDecision.APPROVE);
        assess(Map.of(DECISION, AssessmentDecision.ACCEPT.name(), CONFIDENTIALITY_CAN_BE_KEPT, false));
        answerConfidentiality(ConfidentialityAnswer.PROCEED);
        assertThat(request).hasPassed(Requesting.CONFIDENTIALITY_ANSWER_SENT).isWaitingAt(Requesting.AWAIT_ANSWER);
        assertThat(cases.instance(Requested.PROCESS_ID)).isWaitingAt(Requested.EXECUTE_REQUEST);
    }

    @Test
    void asksConsentBeforeUsingTheEvidenceInOtherProceedings() {
        ProcessInstance request = submit(false);
        review(ReviewDecision.APPROVE);
        accept();
        execute();
        acknowledge(FurtherUse.REQUEST_CONSENT);
        assertThat(request).hasPassed(Requesting.FURTHER_USE_REQUESTED).isWaitingAt(Requesting.FURTHER_USE_DECIDED);
        cases.complete(
                Requested.PROCESS_ID,
                Requested.DECIDE_ON_FURTHER_USE,
                Map.of(FURTHER_USE_DECISION, FurtherUseDecision.CONSENT.name()));
        assertThat(request)
                .isEnded()
                .hasPassed(Requesting.FURTHER_USE_DECIDED, Requesting.END_EVIDENCE_RECEIVED)
                .variables()
                .containsEntry(FURTHER_USE_DECISION, FurtherUseDecision.CONSENT.name());
    }

    @Test
    void notesADelayTheRequestedStateNotifiesAndKeepsWaiting() {
        ProcessInstance request =
                cases.submit("CN", "MM", false, DAY_0.toLocalDate().plusDays(10));
        review(ReviewDecision.APPROVE);
        accept();
        clockAt(ZonedDateTime.of(2026, 3, 13, 0, 0, 0, 0, YANGON));
        cases.runJobs();
        cases.complete(Requested.PROCESS_ID, Requested.EXPLAIN_DELAY, Map.of());
        assertThat(request)
                .hasPassed(Requesting.DELAY_NOTIFIED, Requesting.END_DELAY_NOTED)
                .isWaitingAt(Requesting.AWAIT_ANSWER);
    }

    private ProcessInstance submit(boolean confidential) {
        return cases.submit("CN", "MM", confidential, null);
    }

    private void review(ReviewDecision decision) {
        cases.complete(Requesting.PROCESS_ID, Requesting.REVIEW_REQUEST, Map.of(REVIEW_DECISION, decision.name()));
    }

    private void assess(Map<String, Object> assessment) {
        cases.complete(Requested.PROCESS_ID, Requested.ASSESS_REQUEST, assessment);
    }

    private void accept() {
        assess(Map.of(DECISION, AssessmentDecision.ACCEPT.name()));
    }

    private void askForMoreInformation(int days) {
        assess(Map.of(DECISION, AssessmentDecision.REQUEST_MORE_INFORMATION.name(), REPLY_WITHIN_DAYS, days));
    }

    private void execute() {
        cases.complete(
                Requested.PROCESS_ID, Requested.EXECUTE_REQUEST, Map.of(OUTCOME, ExecutionOutcome.EXECUTED.name()));
    }

    private void acknowledge(FurtherUse use) {
        cases.complete(Requesting.PROCESS_ID, Requesting.ACKNOWLEDGE_EVIDENCE, Map.of(FURTHER_USE, use.name()));
    }

    private void answerConfidentiality(ConfidentialityAnswer answer) {
        cases.complete(
                Requesting.PROCESS_ID,
                Requesting.CONSIDER_CONFIDENTIALITY,
                Map.of(CONFIDENTIALITY_ANSWER, answer.name()));
    }
}
