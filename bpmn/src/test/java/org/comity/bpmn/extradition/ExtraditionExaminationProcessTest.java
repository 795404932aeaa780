package org.comity.bpmn.extradition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.comity.core.extradition.ExtraditionProcesses.Messages;
import org.comity.core.extradition.ExtraditionProcesses.Requested;
import org.comity.core.extradition.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds;
import org.comity.core.extradition.decision.RefusalGround;
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
 * {@code ExtraditionExaminationProcess} (requested side, China here, China's statute as the
 * legal basis unless stated), one method per path. Day 0 of every window is 2 March 2026 in
 * Shanghai; a P30D window ends with day 30 (1 April) and expires at 00:00 on 2 April (day 31).
 */
@Deployment(
        resources = {
            "bpmn/extradition-request-process.bpmn",
            "bpmn/extradition-examination-process.bpmn",
            "dmn/extradition-refusal-grounds.dmn"
        })
class ExtraditionExaminationProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE =
            ExtraditionEngine.extension(Requested.PROCESS_ID, Requesting.PROCESS_ID);

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
    void surrendersPersonWhenCourtAndMinistryAgree() {
        ProcessInstance examination = receiveOrdinaryRequest();
        complete(Requested.CHECK_COMPLETENESS, Map.of(COMPLETENESS, Completeness.COMPLETE.name()));
        assertThat(examination)
                .hasPassed(Requested.REFUSAL_GROUNDS)
                .isWaitingAt(Requested.JUDICIAL_REVIEW)
                .variables()
                .containsEntry(MANDATORY_GROUND_FOUND, false);
        complete(Requested.JUDICIAL_REVIEW, Map.of(RULING, Ruling.EXTRADITABLE.name()));
        complete(Requested.EXECUTIVE_DECISION, Map.of(DECISION, ExecutiveDecision.GRANT.name()));
        assertThat(examination)
                .isWaitingAt(Requested.AGREE_SURRENDER)
                .variables()
                .containsEntry(EXTRADITION_GRANTED, true);
        complete(Requested.AGREE_SURRENDER, Map.of(AGREED_DATE, "2026-05-04"));
        assertThat(examination)
                .isWaitingAt(Requested.EXECUTE_SURRENDER)
                .variables()
                .containsEntry(SURRENDER_EXPIRES_AT, "2026-05-20T00:00:00+08:00");
        complete(Requested.EXECUTE_SURRENDER, Map.of());

        assertThat(examination).isEnded().hasPassed(Requested.ISSUE_SURRENDER_RECORD, Requested.END_SURRENDERED);
        assertThat(cases.instance(Requesting.PROCESS_ID)).isWaitingAt(Requesting.CONFIRM_RECEIPT);
        assertThat(cases.issuedDocuments)
                .containsExactly(Requesting.ISSUE_REQUEST, Requested.ISSUE_DECISION, Requested.ISSUE_SURRENDER_RECORD);
        assertThat(cases.statuses).containsExactly("SURRENDERED");
    }

    @Test
    void refusesWhenThePersonIsANationalOfTheRequestedState() {
        ProcessInstance examination = receiveOrdinaryRequest();
        complete(
                Requested.CHECK_COMPLETENESS,
                Map.of(COMPLETENESS, Completeness.COMPLETE.name(), RefusalGrounds.NATIONAL_OF_REQUESTED_STATE, true));
        assertThat(examination)
                .isWaitingAt(Requested.JUDICIAL_REVIEW)
                .variables()
                .containsEntry(MANDATORY_GROUND_FOUND, true)
                .containsEntry(MANDATORY_GROUNDS, RefusalGround.NAT.name());
        complete(Requested.JUDICIAL_REVIEW, Map.of(RULING, Ruling.NOT_EXTRADITABLE.name()));

        assertThat(examination)
                .isEnded()
                .hasPassed(Requested.ISSUE_DECISION, Requested.END_REFUSED)
                .hasNotPassed(Requested.EXECUTIVE_DECISION);
        assertThat(cases.history(Requesting.PROCESS_ID).getEndActivityId()).isEqualTo(Requesting.END_REFUSED);
        assertThat(cases.statuses).containsExactly("REFUSED", "REFUSED");
    }

    @Test
    void refusesOnAnOptionalGroundWithTheOfficersRationale() {
        ProcessInstance examination = receiveOrdinaryRequest();
        complete(
                Requested.CHECK_COMPLETENESS,
                Map.of(COMPLETENESS, Completeness.COMPLETE.name(), RefusalGrounds.PROSECUTION_PENDING, true));
        assertThat(examination)
                .variables()
                .containsEntry(MANDATORY_GROUND_FOUND, false)
                .containsEntry(OPTIONAL_GROUNDS, RefusalGround.PEND.name());
        complete(Requested.JUDICIAL_REVIEW, Map.of(RULING, Ruling.EXTRADITABLE.name()));
        complete(Requested.EXECUTIVE_DECISION, Map.of(DECISION, ExecutiveDecision.REFUSE.name()));

        assertThat(examination).isEnded().hasPassed(Requested.EXECUTIVE_DECISION, Requested.END_REFUSED);
        assertThat(cases.history(Requesting.PROCESS_ID).getEndActivityId()).isEqualTo(Requesting.END_REFUSED);
    }

    @Test
    void postponesSurrenderAsAGrant() {
        ProcessInstance examination = receiveOrdinaryRequest();
        complete(Requested.CHECK_COMPLETENESS, Map.of(COMPLETENESS, Completeness.COMPLETE.name()));
        complete(Requested.JUDICIAL_REVIEW, Map.of(RULING, Ruling.EXTRADITABLE.name()));
        complete(Requested.EXECUTIVE_DECISION, Map.of(DECISION, ExecutiveDecision.POSTPONE.name()));

        assertThat(examination).isWaitingAt(Requested.AGREE_SURRENDER);
        assertThat(cases.instance(Requesting.PROCESS_ID)).isWaitingAt(Requesting.AWAIT_SURRENDER);
    }

    @Test
    void examinesTheRequestOnceTheSupplementaryInformationArrives() {
        ProcessInstance examination = receiveOrdinaryRequest();
        complete(Requested.CHECK_COMPLETENESS, Map.of(COMPLETENESS, Completeness.INCOMPLETE.name()));
        assertThat(examination)
                .isWaitingAt(Requested.AWAIT_SUPPLEMENTARY)
                .variables()
                .containsEntry(SUPPLEMENTARY_EXPIRES_AT, "2026-04-02T00:00:00+08:00");
        assertThat(cases.task(Requesting.PROCESS_ID, Requesting.PROVIDE_SUPPLEMENTARY)
                        .getDueDate())
                .isEqualTo(java.util.Date.from(
                        ZonedDateTime.of(2026, 4, 2, 0, 0, 0, 0, SHANGHAI).toInstant()));

        clockAt(DAY_0.plusDays(20));
        cases.complete(Requesting.PROCESS_ID, Requesting.PROVIDE_SUPPLEMENTARY, Map.of());

        assertThat(examination)
                .isWaitingAt(Requested.CHECK_COMPLETENESS)
                .hasPassed(Requested.SUPPLEMENTARY_PROVIDED, Requested.REQUEST_SUPPLEMENTARY);
        assertThat(cases.issuedDocuments).contains(Requested.REQUEST_SUPPLEMENTARY);
    }

    @Test
    void terminatesOnDay31NotDay30WhenNoSupplementaryInformationArrives() {
        ProcessInstance examination = receiveOrdinaryRequest();
        complete(Requested.CHECK_COMPLETENESS, Map.of(COMPLETENESS, Completeness.INCOMPLETE.name()));

        clockAt(ZonedDateTime.of(2026, 4, 1, 23, 59, 0, 0, SHANGHAI)); // day 30
        cases.runJobs();
        assertThat(examination).isWaitingAt(Requested.AWAIT_SUPPLEMENTARY);

        clockAt(ZonedDateTime.of(2026, 4, 2, 0, 0, 0, 0, SHANGHAI)); // day 31
        cases.runJobs();
        assertThat(examination)
                .isEnded()
                .hasPassed(Requested.SUPPLEMENTARY_TIMER, Requested.TERMINATION_NOTIFIED, Requested.END_TERMINATED);
        assertThat(cases.history(Requesting.PROCESS_ID).getEndActivityId()).isEqualTo(Requesting.END_TERMINATED);
        assertThat(cases.statuses).containsExactly("TERMINATED", "TERMINATED");
    }

    @Test
    void extendsTheSupplementaryWindowOnceBy15Days() {
        ProcessInstance examination = receiveOrdinaryRequest();
        complete(Requested.CHECK_COMPLETENESS, Map.of(COMPLETENESS, Completeness.INCOMPLETE.name()));
        clockAt(DAY_0.plusDays(28));
        cases.correlate(Messages.SUPPLEMENTARY_EXTENSION_REQUESTED);
        assertThat(examination)
                .isWaitingAt(Requested.AWAIT_SUPPLEMENTARY)
                .variables()
                .containsEntry(SUPPLEMENTARY_EXPIRES_AT, "2026-04-17T00:00:00+08:00")
                .containsEntry(SUPPLEMENTARY_EXTENDED, true);
        assertThatThrownBy(() -> cases.correlate(Messages.SUPPLEMENTARY_EXTENSION_REQUESTED))
                .hasMessageContaining("already been granted");

        clockAt(ZonedDateTime.of(2026, 4, 16, 23, 59, 0, 0, SHANGHAI)); // day 45
        cases.runJobs();
        assertThat(examination).isWaitingAt(Requested.AWAIT_SUPPLEMENTARY);
        clockAt(ZonedDateTime.of(2026, 4, 17, 0, 0, 0, 0, SHANGHAI)); // day 46
        cases.runJobs();
        assertThat(examination).isEnded().hasPassed(Requested.END_TERMINATED);
    }

    @Test
    void releasesAProvisionallyArrestedPersonOnDay31() {
        ProcessInstance examination = arrestProvisionally();

        clockAt(ZonedDateTime.of(2026, 4, 1, 23, 59, 0, 0, SHANGHAI)); // day 30
        cases.runJobs();
        assertThat(examination).isWaitingAt(Requested.AWAIT_FORMAL_REQUEST);

        clockAt(ZonedDateTime.of(2026, 4, 2, 0, 0, 0, 0, SHANGHAI)); // day 31
        cases.runJobs();
        assertThat(examination).isWaitingAt(Requested.RELEASE_PERSON).hasPassed(Requested.PROVISIONAL_ARREST_TIMER);
        complete(Requested.RELEASE_PERSON, Map.of());
        assertThat(examination).isEnded().hasPassed(Requested.ISSUE_RELEASE_NOTICE, Requested.END_RELEASED);
        assertThat(cases.issuedDocuments).contains(Requested.ISSUE_RELEASE_NOTICE);
        assertThat(cases.statuses).containsExactly("RELEASED");
        assertThat(cases.instance(Requesting.PROCESS_ID))
                .as("the requesting side may still send a formal request")
                .isWaitingAt(Requesting.REVIEW_REQUEST);
    }

    @Test
    void keepsThePersonWhenTheFormalRequestArrivesOnDay30() {
        ProcessInstance examination = arrestProvisionally();

        clockAt(ZonedDateTime.of(2026, 4, 1, 18, 0, 0, 0, SHANGHAI)); // day 30
        cases.complete(
                Requesting.PROCESS_ID,
                Requesting.REVIEW_REQUEST,
                Map.of(REVIEW_DECISION, ReviewDecision.APPROVE.name()));

        assertThat(examination)
                .isWaitingAt(Requested.CHECK_COMPLETENESS)
                .hasPassed(Requested.FORMAL_REQUEST_RECEIVED)
                .hasNotPassed(Requested.PROVISIONAL_ARREST_TIMER);
        clockAt(ZonedDateTime.of(2026, 4, 20, 0, 0, 0, 0, SHANGHAI));
        cases.runJobs();
        assertThat(examination).isWaitingAt(Requested.CHECK_COMPLETENESS);
    }

    @Test
    void extendsTheProvisionalArrestOnceAndRejectsASecondExtension() {
        ProcessInstance examination = arrestProvisionally();
        clockAt(ZonedDateTime.of(2026, 3, 31, 12, 0, 0, 0, SHANGHAI)); // day 29
        cases.correlate(Messages.PROVISIONAL_ARREST_EXTENSION_REQUESTED);
        assertThat(examination)
                .isWaitingAt(Requested.AWAIT_FORMAL_REQUEST)
                .variables()
                .containsEntry(PROVISIONAL_ARREST_EXPIRES_AT, "2026-04-17T00:00:00+08:00");

        assertThatThrownBy(() -> cases.correlate(Messages.PROVISIONAL_ARREST_EXTENSION_REQUESTED))
                .hasMessageContaining("already been granted");

        clockAt(ZonedDateTime.of(2026, 4, 2, 0, 0, 0, 0, SHANGHAI)); // day 31: kept
        cases.runJobs();
        assertThat(examination).isWaitingAt(Requested.AWAIT_FORMAL_REQUEST);
        clockAt(ZonedDateTime.of(2026, 4, 17, 0, 0, 0, 0, SHANGHAI)); // day 46: released
        cases.runJobs();
        assertThat(examination).isWaitingAt(Requested.RELEASE_PERSON);
    }

    @Test
    void holdsAProvisionalArrestFor40DaysUnderTheModelTreaty() {
        ProcessInstance examination = arrestProvisionally(LegalBases.UN_MODEL_TREATY_1990_ID);
        assertThat(examination).variables().containsEntry(PROVISIONAL_ARREST_EXPIRES_AT, "2026-04-12T00:00:00+08:00");
        assertThatThrownBy(() -> cases.correlate(Messages.PROVISIONAL_ARREST_EXTENSION_REQUESTED))
                .hasMessageContaining("cannot be extended");
    }

    @Test
    void releasesThePersonWhenTheSurrenderIsAbandonedAfter15Days() {
        ProcessInstance examination = receiveOrdinaryRequest();
        complete(Requested.CHECK_COMPLETENESS, Map.of(COMPLETENESS, Completeness.COMPLETE.name()));
        complete(Requested.JUDICIAL_REVIEW, Map.of(RULING, Ruling.EXTRADITABLE.name()));
        complete(Requested.EXECUTIVE_DECISION, Map.of(DECISION, ExecutiveDecision.GRANT.name()));
        complete(Requested.AGREE_SURRENDER, Map.of(AGREED_DATE, "2026-05-04"));

        clockAt(ZonedDateTime.of(2026, 5, 19, 23, 59, 0, 0, SHANGHAI)); // day 15: still in time
        cases.runJobs();
        assertThat(examination).isWaitingAt(Requested.EXECUTE_SURRENDER);
        clockAt(ZonedDateTime.of(2026, 5, 20, 0, 0, 0, 0, SHANGHAI)); // day 16: abandoned
        cases.runJobs();
        assertThat(examination).isWaitingAt(Requested.RELEASE_PERSON).hasPassed(Requested.SURRENDER_TIMER);
        complete(Requested.RELEASE_PERSON, Map.of());

        assertThat(examination).isEnded().hasPassed(Requested.END_RELEASED);
        assertThat(cases.history(Requesting.PROCESS_ID).getEndActivityId()).isEqualTo(Requesting.END_ABANDONED);
        assertThat(cases.statuses).containsExactly("ABANDONED", "ABANDONED");
    }

    /** §10 item 12: taken over on day 15 after the agreed date, the last day of the window. */
    @Test
    void surrendersWhenTheRequestingStateCollectsOnDay15() {
        ProcessInstance examination = grantAndAgreeSurrenderOn("2026-05-04");

        clockAt(ZonedDateTime.of(2026, 5, 19, 23, 0, 0, 0, SHANGHAI)); // day 15
        cases.runJobs();
        complete(Requested.EXECUTE_SURRENDER, Map.of());

        assertThat(examination).isEnded().hasPassed(Requested.END_SURRENDERED).hasNotPassed(Requested.SURRENDER_TIMER);
        assertThat(cases.statuses).containsExactly("SURRENDERED");
    }

    /**
     * §10 item 12, S10 Art. 40: prevented by causes beyond its control, the requesting state obtains
     * one extension of at most 30 days (45 in all); a second is refused; on day 46 the surrender is
     * deemed abandoned and the person must be released.
     */
    @Test
    void extendsTheSurrenderWindowOnceBy30DaysForCausesBeyondControl() {
        ProcessInstance examination = grantAndAgreeSurrenderOn("2026-05-04");
        clockAt(ZonedDateTime.of(2026, 5, 14, 9, 0, 0, 0, SHANGHAI)); // day 10
        cases.correlate(Messages.SURRENDER_EXTENSION_REQUESTED);

        assertThat(examination)
                .isWaitingAt(Requested.EXECUTE_SURRENDER)
                .hasPassed(Requested.EXTEND_SURRENDER)
                .variables()
                .containsEntry(SURRENDER_EXPIRES_AT, "2026-06-19T00:00:00+08:00")
                .containsEntry(SURRENDER_EXTENDED, true);
        assertThat(cases.task(Requested.PROCESS_ID, Requested.EXECUTE_SURRENDER).getDueDate())
                .isEqualTo(java.util.Date.from(
                        ZonedDateTime.of(2026, 6, 19, 0, 0, 0, 0, SHANGHAI).toInstant()));
        assertThatThrownBy(() -> cases.correlate(Messages.SURRENDER_EXTENSION_REQUESTED))
                .hasMessageContaining("already been granted");

        clockAt(ZonedDateTime.of(2026, 5, 20, 0, 0, 0, 0, SHANGHAI)); // day 16: kept by the extension
        cases.runJobs();
        assertThat(examination).isWaitingAt(Requested.EXECUTE_SURRENDER);
        clockAt(ZonedDateTime.of(2026, 6, 18, 23, 59, 0, 0, SHANGHAI)); // day 45
        cases.runJobs();
        assertThat(examination).isWaitingAt(Requested.EXECUTE_SURRENDER);
        clockAt(ZonedDateTime.of(2026, 6, 19, 0, 0, 0, 0, SHANGHAI)); // day 46: deemed abandoned
        cases.runJobs();
        assertThat(examination).isWaitingAt(Requested.RELEASE_PERSON).hasPassed(Requested.SURRENDER_TIMER);
    }

    @Test
    void refusesASurrenderExtensionAfterTheWindowHasExpired() {
        ProcessInstance examination = grantAndAgreeSurrenderOn("2026-05-04");
        clockAt(ZonedDateTime.of(2026, 5, 20, 0, 0, 0, 0, SHANGHAI)); // day 16
        cases.runJobs();

        assertThatThrownBy(() -> cases.correlate(Messages.SURRENDER_EXTENSION_REQUESTED))
                .isInstanceOf(org.camunda.bpm.engine.MismatchingMessageCorrelationException.class);
        assertThat(examination).isWaitingAt(Requested.RELEASE_PERSON);
    }

    /**
     * §10 item 1, S10 Art. 31 para. 3: a formal request that arrives on day 31 does not keep the
     * person (the release stands) but is examined afresh; the requesting side is not closed.
     */
    @Test
    void examinesAFormalRequestReceivedOnDay31AfreshWhileThePersonIsReleased() {
        ProcessInstance arrest = arrestProvisionally();
        clockAt(ZonedDateTime.of(2026, 4, 2, 0, 0, 0, 0, SHANGHAI)); // day 31
        cases.runJobs();
        assertThat(arrest).isWaitingAt(Requested.RELEASE_PERSON);

        clockAt(ZonedDateTime.of(2026, 4, 2, 10, 0, 0, 0, SHANGHAI));
        cases.complete(
                Requesting.PROCESS_ID,
                Requesting.REVIEW_REQUEST,
                Map.of(REVIEW_DECISION, ReviewDecision.APPROVE.name()));
        complete(Requested.RELEASE_PERSON, Map.of());

        assertThat(arrest).isEnded().hasPassed(Requested.END_RELEASED).hasNotPassed(Requested.FORMAL_REQUEST_RECEIVED);
        ProcessInstance fresh = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(Requested.PROCESS_ID)
                .processInstanceBusinessKey(cases.caseId)
                .singleResult();
        assertThat(fresh.getId()).isNotEqualTo(arrest.getId());
        assertThat(fresh).isWaitingAt(Requested.CHECK_COMPLETENESS).variables().containsEntry(URGENCY, "ORDINARY");
        assertThat(cases.instance(Requesting.PROCESS_ID)).isWaitingAt(Requesting.AWAIT_ANSWER);
    }

    private ProcessInstance grantAndAgreeSurrenderOn(String agreedDate) {
        ProcessInstance examination = receiveOrdinaryRequest();
        complete(Requested.CHECK_COMPLETENESS, Map.of(COMPLETENESS, Completeness.COMPLETE.name()));
        complete(Requested.JUDICIAL_REVIEW, Map.of(RULING, Ruling.EXTRADITABLE.name()));
        complete(Requested.EXECUTIVE_DECISION, Map.of(DECISION, ExecutiveDecision.GRANT.name()));
        complete(Requested.AGREE_SURRENDER, Map.of(AGREED_DATE, agreedDate));
        assertThat(examination).isWaitingAt(Requested.EXECUTE_SURRENDER);
        return examination;
    }

    private ProcessInstance receiveOrdinaryRequest() {
        cases.submit(Urgency.ORDINARY, CN_LAW);
        cases.complete(
                Requesting.PROCESS_ID,
                Requesting.REVIEW_REQUEST,
                Map.of(REVIEW_DECISION, ReviewDecision.APPROVE.name()));
        ProcessInstance examination = cases.instance(Requested.PROCESS_ID);
        assertThat(examination).isWaitingAt(Requested.CHECK_COMPLETENESS);
        return examination;
    }

    private ProcessInstance arrestProvisionally() {
        return arrestProvisionally(CN_LAW);
    }

    private ProcessInstance arrestProvisionally(String legalBasisId) {
        cases.submit(Urgency.PROVISIONAL_ARREST, legalBasisId);
        ProcessInstance examination = cases.instance(Requested.PROCESS_ID);
        assertThat(examination).isWaitingAt(Requested.RECORD_PROVISIONAL_ARREST);
        complete(Requested.RECORD_PROVISIONAL_ARREST, Map.of(ARRESTED_ON, "2026-03-02"));
        assertThat(examination).isWaitingAt(Requested.AWAIT_FORMAL_REQUEST);
        return examination;
    }

    private void complete(String taskKey, Map<String, Object> variables) {
        cases.complete(Requested.PROCESS_ID, taskKey, variables);
    }
}
