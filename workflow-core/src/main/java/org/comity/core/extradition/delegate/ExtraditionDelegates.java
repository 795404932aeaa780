package org.comity.core.extradition.delegate;

import static org.comity.core.extradition.ExtraditionProcesses.Variables.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.comity.core.extradition.ExtraditionProcesses.Beans;
import org.comity.core.extradition.ExtraditionProcesses.Closure;
import org.comity.core.extradition.ExtraditionProcesses.Messages;
import org.comity.core.extradition.ExtraditionStatus;
import org.comity.core.extradition.document.DecisionDocumentIssuer;
import org.comity.core.extradition.document.ExtraditionDocumentIssuer;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.rules.ExtraditionRequestValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks, message throw events and end events of both extradition processes, as thin
 * adapters: one bean per model element, named by {@link Beans}, reading its variables and calling
 * one service method. What differs between two elements of the same kind (which message, which
 * window, which case status) is a constant here, never a switch on the activity id. Public, with
 * public bean methods, so that the process tests of the bpmn module register the real adapters.
 */
@Configuration(proxyBeanMethods = false)
public class ExtraditionDelegates {

    // requesting side

    @Bean(Beans.PRE_CHECK)
    JavaDelegate preCheck(ExtraditionRecords records, ExtraditionRequestValidator validator) {
        return new ExtraditionPreCheck(records, validator);
    }

    @Bean(Beans.PROVISIONAL_ARREST_REQUESTED)
    public JavaDelegate provisionalArrestRequested(ExtraditionMessageSender messages) {
        return messages::sendRequest;
    }

    @Bean(Beans.ISSUE_REQUEST)
    public JavaDelegate requestIssuer(ExtraditionDocumentIssuer documents) {
        return execution ->
                documents.issueRequest(execution.getBusinessKey(), requesting(execution), requested(execution));
    }

    @Bean(Beans.REQUEST_SENT)
    public JavaDelegate requestSent(ExtraditionMessageSender messages) {
        return messages::sendRequest;
    }

    @Bean(Beans.FORMAL_REQUEST_SENT)
    public JavaDelegate formalRequestSent(ExtraditionMessageSender messages) {
        return messages::sendFormalRequest;
    }

    @Bean(Beans.SUPPLEMENTARY_SENT)
    public JavaDelegate supplementarySent(ExtraditionMessageSender messages) {
        return execution -> messages.send(execution, Messages.SUPPLEMENTARY_PROVIDED);
    }

    @Bean(Beans.REQUEST_ENDED_REFUSED)
    public ExecutionListener requestEndedRefused(ExtraditionCaseStatus status) {
        return execution -> status.set(execution, ExtraditionStatus.REFUSED);
    }

    @Bean(Beans.REQUEST_ENDED_SURRENDERED)
    public ExecutionListener requestEndedSurrendered(ExtraditionCaseStatus status) {
        return execution -> status.set(execution, ExtraditionStatus.SURRENDERED);
    }

    @Bean(Beans.REQUEST_ENDED_TERMINATED)
    public ExecutionListener requestEndedTerminated(ExtraditionCaseStatus status) {
        return execution -> status.set(execution, ExtraditionStatus.TERMINATED);
    }

    @Bean(Beans.REQUEST_ENDED_ABANDONED)
    public ExecutionListener requestEndedAbandoned(ExtraditionCaseStatus status) {
        return execution -> status.set(execution, ExtraditionStatus.ABANDONED);
    }

    // requested side

    @Bean(Beans.START_PROVISIONAL_ARREST_WINDOW)
    public JavaDelegate provisionalArrestWindow(ExtraditionWindows windows) {
        return windows::startProvisionalArrest;
    }

    @Bean(Beans.EXTEND_PROVISIONAL_ARREST)
    public JavaDelegate provisionalArrestExtension(ExtraditionWindows windows) {
        return windows::extendProvisionalArrest;
    }

    @Bean(Beans.START_SUPPLEMENTARY_WINDOW)
    public JavaDelegate supplementaryWindow(ExtraditionWindows windows) {
        return windows::startSupplementary;
    }

    @Bean(Beans.REQUEST_SUPPLEMENTARY)
    public JavaDelegate supplementaryRequestIssuer(ExtraditionDocumentIssuer documents) {
        return execution -> documents.requestSupplementaryInformation(
                execution.getBusinessKey(), requesting(execution), requested(execution), OffsetDateTime.parse((String)
                        execution.getVariable(SUPPLEMENTARY_EXPIRES_AT)));
    }

    @Bean(Beans.SUPPLEMENTARY_REQUESTED)
    public JavaDelegate supplementaryRequested(ExtraditionMessageSender messages) {
        return execution -> messages.send(execution, Messages.SUPPLEMENTARY_REQUESTED, SUPPLEMENTARY_DUE_AT);
    }

    @Bean(Beans.EXTEND_SUPPLEMENTARY)
    public JavaDelegate supplementaryExtension(ExtraditionWindows windows) {
        return windows::extendSupplementary;
    }

    @Bean(Beans.TERMINATION_NOTIFIED)
    public JavaDelegate terminationNotified(ExtraditionMessageSender messages) {
        return execution -> messages.sendClosure(execution, Closure.TERMINATED);
    }

    @Bean(Beans.REFUSAL_GROUNDS)
    JavaDelegate refusalGroundsAssessment(RefusalGroundsAssessor assessment) {
        return assessment::assess;
    }

    @Bean(Beans.ISSUE_DECISION)
    public JavaDelegate decisionIssuer(DecisionDocumentIssuer decisions) {
        return execution -> execution.setVariable(
                EXTRADITION_GRANTED,
                decisions.issue(
                        execution.getBusinessKey(),
                        requesting(execution),
                        requested(execution),
                        (String) execution.getVariable(RULING),
                        (String) execution.getVariable(DECISION)));
    }

    @Bean(Beans.DECISION_SENT)
    public JavaDelegate decisionSent(ExtraditionMessageSender messages) {
        return execution -> messages.send(execution, Messages.DECIDED, EXTRADITION_GRANTED);
    }

    @Bean(Beans.START_SURRENDER_WINDOW)
    public JavaDelegate surrenderWindow(ExtraditionWindows windows) {
        return windows::startSurrender;
    }

    @Bean(Beans.EXTEND_SURRENDER)
    public JavaDelegate surrenderExtension(ExtraditionWindows windows) {
        return windows::extendSurrender;
    }

    @Bean(Beans.ISSUE_SURRENDER_RECORD)
    public JavaDelegate surrenderRecordIssuer(ExtraditionDocumentIssuer documents) {
        return execution ->
                documents.issueSurrenderRecord(execution.getBusinessKey(), requesting(execution), requested(execution));
    }

    @Bean(Beans.PERSON_SURRENDERED)
    public JavaDelegate personSurrendered(ExtraditionMessageSender messages) {
        return execution -> messages.send(execution, Messages.PERSON_SURRENDERED);
    }

    @Bean(Beans.ISSUE_RELEASE_NOTICE)
    public JavaDelegate releaseNoticeIssuer(ExtraditionDocumentIssuer documents) {
        return execution -> {
            String arrestedOn = (String) execution.getVariable(PROVISIONAL_ARREST_STARTED_ON);
            documents.issueReleaseNotice(
                    execution.getBusinessKey(),
                    requesting(execution),
                    requested(execution),
                    granted(execution),
                    arrestedOn == null ? null : LocalDate.parse(arrestedOn));
        };
    }

    @Bean(Beans.RELEASE_NOTIFIED)
    public JavaDelegate releaseNotified(ExtraditionMessageSender messages) {
        return messages::sendRelease;
    }

    @Bean(Beans.EXAMINATION_ENDED_REFUSED)
    public ExecutionListener examinationEndedRefused(ExtraditionCaseStatus status) {
        return execution -> status.set(execution, ExtraditionStatus.REFUSED);
    }

    @Bean(Beans.EXAMINATION_ENDED_SURRENDERED)
    public ExecutionListener examinationEndedSurrendered(ExtraditionCaseStatus status) {
        return execution -> status.set(execution, ExtraditionStatus.SURRENDERED);
    }

    @Bean(Beans.EXAMINATION_ENDED_TERMINATED)
    public ExecutionListener examinationEndedTerminated(ExtraditionCaseStatus status) {
        return execution -> status.set(execution, ExtraditionStatus.TERMINATED);
    }

    @Bean(Beans.EXAMINATION_ENDED_RELEASED)
    public ExecutionListener examinationEndedReleased(ExtraditionCaseStatus status) {
        return execution -> status.set(execution, ExtraditionStatus.released(granted(execution)));
    }

    private static String requesting(DelegateExecution execution) {
        return (String) execution.getVariable(REQUESTING_STATE);
    }

    private static String requested(DelegateExecution execution) {
        return (String) execution.getVariable(REQUESTED_STATE);
    }

    private static boolean granted(DelegateExecution execution) {
        return Boolean.TRUE.equals(execution.getVariable(EXTRADITION_GRANTED));
    }
}
