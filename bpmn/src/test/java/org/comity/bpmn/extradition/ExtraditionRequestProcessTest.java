package org.comity.bpmn.extradition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.comity.bpmn.extradition.ExtraditionEngine.SHANGHAI;
import static org.comity.bpmn.extradition.ExtraditionEngine.clockAt;
import static org.comity.core.extradition.ExtraditionProcesses.Variables.*;

import java.time.ZonedDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.comity.core.extradition.ExtraditionProcesses.Requested;
import org.comity.core.extradition.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.form.Completeness;
import org.comity.core.extradition.form.ExecutiveDecision;
import org.comity.core.extradition.form.Ruling;
import org.comity.core.extradition.request.LegalBases;
import org.comity.core.extradition.request.Urgency;
import org.comity.core.form.ReviewDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code ExtraditionRequestProcess} (requesting side, Myanmar asking China), one method per path.
 * The requested side runs for real and answers through its own tasks.
 */
@Deployment(
        resources = {
            "bpmn/extradition-request-process.bpmn",
            "bpmn/extradition-examination-process.bpmn",
            "dmn/extradition-refusal-grounds.dmn"
        })
class ExtraditionRequestProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE =
            ExtraditionEngine.extension(Requesting.PROCESS_ID, Requested.PROCESS_ID);

    static final ZonedDateTime DAY_0 = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, SHANGHAI);
    static final String CN_LAW = LegalBases.CN_EXTRADITION_LAW_2000_ID;

    ProcessEngine engine;
    ExtraditionEngine cases;

    @BeforeEach
    void setUp() {
        clockAt(DAY_0);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        cases = new ExtraditionEngine(engine);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void receivesThePersonWhenExtraditionIsGranted() {
        ProcessInstance request = cases.submit(Urgency.ORDINARY, CN_LAW);
        assertThat(request).hasPassed(Requesting.PRE_CHECK).isWaitingAt(Requesting.REVIEW_REQUEST);
        review(ReviewDecision.APPROVE);
        assertThat(request)
                .hasPassed(Requesting.ISSUE_REQUEST, Requesting.REQUEST_SENT)
                .isWaitingAt(Requesting.AWAIT_ANSWER);
        grantAndSurrender();

        assertThat(request).isWaitingAt(Requesting.CONFIRM_RECEIPT);
        cases.complete(Requesting.PROCESS_ID, Requesting.CONFIRM_RECEIPT, Map.of());
        assertThat(request).isEnded().hasPassed(Requesting.PERSON_SURRENDERED, Requesting.END_SURRENDERED);
    }

    @Test
    void sendsTheRequestOnlyAfterACorrectionWhenTheReviewerReturnsIt() {
        ProcessInstance request = cases.submit(Urgency.ORDINARY, CN_LAW);
        review(ReviewDecision.RETURN);
        assertThat(request).isWaitingAt(Requesting.CORRECT_REQUEST).hasNotPassed(Requesting.ISSUE_REQUEST);
        assertThat(cases.instance(Requested.PROCESS_ID)).isNull();
        cases.complete(Requesting.PROCESS_ID, Requesting.CORRECT_REQUEST, Map.of());
        assertThat(request).isWaitingAt(Requesting.REVIEW_REQUEST);
        review(ReviewDecision.APPROVE);
        assertThat(request).isWaitingAt(Requesting.AWAIT_ANSWER);
        assertThat(cases.instance(Requested.PROCESS_ID)).isNotNull();
    }

    @Test
    void endsRefusedWhenTheRequestedStateRefuses() {
        ProcessInstance request = cases.submit(Urgency.ORDINARY, CN_LAW);
        review(ReviewDecision.APPROVE);
        examine(Map.of(COMPLETENESS, Completeness.COMPLETE.name()));
        examine(Requested.JUDICIAL_REVIEW, Map.of(RULING, Ruling.NOT_EXTRADITABLE.name()));
        assertThat(request).isEnded().hasPassed(Requesting.DECIDED, Requesting.END_REFUSED);
    }

    @Test
    void suppliesInformationAndWaitsForTheDecisionAgain() {
        ProcessInstance request = cases.submit(Urgency.ORDINARY, CN_LAW);
        review(ReviewDecision.APPROVE);
        examine(Map.of(COMPLETENESS, Completeness.INCOMPLETE.name()));
        assertThat(request).isWaitingAt(Requesting.PROVIDE_SUPPLEMENTARY);
        cases.complete(Requesting.PROCESS_ID, Requesting.PROVIDE_SUPPLEMENTARY, Map.of());
        assertThat(request).hasPassed(Requesting.SUPPLEMENTARY_SENT).isWaitingAt(Requesting.AWAIT_ANSWER);
        assertThat(cases.instance(Requested.PROCESS_ID)).isWaitingAt(Requested.CHECK_COMPLETENESS);
    }

    @Test
    void endsTerminatedWhenTheSupplementaryInformationIsLate() {
        ProcessInstance request = cases.submit(Urgency.ORDINARY, CN_LAW);
        review(ReviewDecision.APPROVE);
        examine(Map.of(COMPLETENESS, Completeness.INCOMPLETE.name()));
        clockAt(ZonedDateTime.of(2026, 4, 2, 0, 0, 0, 0, SHANGHAI)); // day 31
        cases.runJobs();
        assertThat(request).isEnded().hasPassed(Requesting.CLOSED_WHILE_SUPPLEMENTING, Requesting.END_TERMINATED);
    }

    @Test
    void endsTerminatedWhenTheRequestedStateClosesTheCaseWhileItAwaitsTheAnswer() {
        ProcessInstance request = cases.submit(Urgency.ORDINARY, CN_LAW);
        review(ReviewDecision.APPROVE);
        engine.getRuntimeService()
                .createMessageCorrelation(org.comity.core.extradition.ExtraditionProcesses.Messages.CLOSED)
                .processInstanceId(request.getId())
                .correlate();
        assertThat(request).isEnded().hasPassed(Requesting.CLOSED_BEFORE_DECISION, Requesting.END_TERMINATED);
    }

    @Test
    void endsAbandonedWhenThePersonIsNotTakenOverInTime() {
        ProcessInstance request = cases.submit(Urgency.ORDINARY, CN_LAW);
        review(ReviewDecision.APPROVE);
        examine(Map.of(COMPLETENESS, Completeness.COMPLETE.name()));
        examine(Requested.JUDICIAL_REVIEW, Map.of(RULING, Ruling.EXTRADITABLE.name()));
        examine(Requested.EXECUTIVE_DECISION, Map.of(DECISION, ExecutiveDecision.GRANT.name()));
        examine(Requested.AGREE_SURRENDER, Map.of(AGREED_DATE, "2026-05-04"));
        clockAt(ZonedDateTime.of(2026, 5, 20, 0, 0, 0, 0, SHANGHAI));
        cases.runJobs();
        examine(Requested.RELEASE_PERSON, Map.of());
        assertThat(request).isEnded().hasPassed(Requesting.CLOSED_AFTER_GRANT, Requesting.END_ABANDONED);
    }

    @Test
    void asksForProvisionalArrestFirstAndFollowsWithTheFormalRequest() {
        ProcessInstance request = cases.submit(Urgency.PROVISIONAL_ARREST, CN_LAW);
        assertThat(request).hasPassed(Requesting.PROVISIONAL_ARREST_REQUESTED).isWaitingAt(Requesting.REVIEW_REQUEST);
        ProcessInstance examination = cases.instance(Requested.PROCESS_ID);
        examine(Requested.RECORD_PROVISIONAL_ARREST, Map.of(ARRESTED_ON, "2026-03-02"));
        review(ReviewDecision.APPROVE);
        assertThat(request).hasPassed(Requesting.FORMAL_REQUEST_SENT).isWaitingAt(Requesting.AWAIT_ANSWER);
        assertThat(examination).hasPassed(Requested.FORMAL_REQUEST_RECEIVED).isWaitingAt(Requested.CHECK_COMPLETENESS);
    }

    @Test
    void startsANewExaminationWhenTheFormalRequestFollowsARelease() {
        ProcessInstance request = cases.submit(Urgency.PROVISIONAL_ARREST, CN_LAW);
        examine(Requested.RECORD_PROVISIONAL_ARREST, Map.of(ARRESTED_ON, "2026-03-02"));
        clockAt(ZonedDateTime.of(2026, 4, 2, 0, 0, 0, 0, SHANGHAI)); // day 31
        cases.runJobs();
        examine(Requested.RELEASE_PERSON, Map.of());
        assertThat(request).isWaitingAt(Requesting.REVIEW_REQUEST);

        review(ReviewDecision.APPROVE);
        assertThat(request).isWaitingAt(Requesting.AWAIT_ANSWER);
        ProcessInstance second = cases.instance(Requested.PROCESS_ID);
        assertThat(second)
                .isWaitingAt(Requested.CHECK_COMPLETENESS)
                .variables()
                .containsEntry(URGENCY, Urgency.ORDINARY.name());
    }

    private void grantAndSurrender() {
        examine(Map.of(COMPLETENESS, Completeness.COMPLETE.name()));
        examine(Requested.JUDICIAL_REVIEW, Map.of(RULING, Ruling.EXTRADITABLE.name()));
        examine(Requested.EXECUTIVE_DECISION, Map.of(DECISION, ExecutiveDecision.GRANT.name()));
        examine(Requested.AGREE_SURRENDER, Map.of(AGREED_DATE, "2026-05-04"));
        examine(Requested.EXECUTE_SURRENDER, Map.of());
    }

    private void review(ReviewDecision decision) {
        cases.complete(Requesting.PROCESS_ID, Requesting.REVIEW_REQUEST, Map.of(REVIEW_DECISION, decision.name()));
    }

    private void examine(Map<String, Object> completeness) {
        examine(Requested.CHECK_COMPLETENESS, completeness);
    }

    private void examine(String taskKey, Map<String, Object> variables) {
        cases.complete(Requested.PROCESS_ID, taskKey, variables);
    }
}
