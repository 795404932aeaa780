package org.comity.core.mla.delegate;

import static org.comity.core.mla.MlaProcesses.Variables.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.comity.core.casefile.RequestPreCheck;
import org.comity.core.mla.MlaDocuments;
import org.comity.core.mla.MlaGroundsAssessment;
import org.comity.core.mla.MlaMessages;
import org.comity.core.mla.MlaOutgoing;
import org.comity.core.mla.MlaProcesses.Beans;
import org.comity.core.mla.MlaRecords;
import org.comity.core.mla.MlaWindows;
import org.comity.core.mla.decision.MlaRefusalGroundsInput;
import org.comity.core.mla.form.GroundFound;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.rules.MlaRequestValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks, the business rule task and the message throw events of both MLA processes, one
 * bean each, named as the models call them ({@link Beans}): each reads its ids from the execution,
 * calls one service method and writes what the model branches on. Public, with public factory
 * methods, only so that the process tests of the {@code bpmn} module can register the very delegates
 * the models call.
 */
@Configuration(proxyBeanMethods = false)
public class MlaDelegates {

    /**
     * {@code ServiceTask_PreCheck}: runs the request validator again and records its warnings (a
     * deadline without reasons, a summons less than three months ahead, Myanmar's one-year threshold)
     * for the supervisor who reviews the request.
     */
    @Bean(Beans.PRE_CHECK)
    public JavaDelegate preCheck(MlaRecords records, MlaRequestValidator validator) {
        return new RequestPreCheck<MlaRequest>(
                REQUEST_ID, records::request, validator::validate, records::storeWarnings) {};
    }

    /** {@code ServiceTask_IssueLetterOfRequest}. */
    @Bean(Beans.ISSUE_LETTER_OF_REQUEST)
    public JavaDelegate issueLetterOfRequest(MlaDocuments documents) {
        return execution -> documents.issueLetterOfRequest(issue(execution));
    }

    /** {@code ServiceTask_IssueExecutionReport}. */
    @Bean(Beans.ISSUE_EXECUTION_REPORT)
    public JavaDelegate issueExecutionReport(MlaDocuments documents) {
        return execution -> documents.issueExecutionReport(issue(execution), (String) execution.getVariable(OUTCOME));
    }

    /** {@code ServiceTask_IssueRefusalNotice}. */
    @Bean(Beans.ISSUE_REFUSAL_NOTICE)
    public JavaDelegate issueRefusalNotice(MlaDocuments documents) {
        return execution -> documents.issueRefusalNotice(issue(execution));
    }

    /** {@code ServiceTask_IssuePostponementNotice}. */
    @Bean(Beans.ISSUE_POSTPONEMENT_NOTICE)
    public JavaDelegate issuePostponementNotice(MlaDocuments documents) {
        return execution -> documents.issuePostponementNotice(issue(execution));
    }

    /**
     * {@code BusinessRuleTask_RefusalGrounds}: records the grounds of {@code MlaRefusalGrounds} for
     * the assessment just completed and writes their codes as variables for the case view and the
     * auditor.
     */
    @Bean(Beans.REFUSAL_GROUNDS)
    public JavaDelegate refusalGrounds(MlaGroundsAssessment assessment) {
        return execution -> {
            Map<String, Object> findings = new HashMap<>();
            MlaRefusalGroundsInput.OFFICER_FINDINGS.forEach(f -> findings.put(f, execution.getVariable(f)));
            List<GroundFound> grounds = assessment.record(execution.getBusinessKey(), findings);
            List<String> mandatory = grounds.stream()
                    .filter(GroundFound::mandatory)
                    .map(g -> g.code().name())
                    .toList();
            execution.setVariable(MANDATORY_GROUND_FOUND, !mandatory.isEmpty());
            execution.setVariable(MANDATORY_GROUNDS, String.join(",", mandatory));
            execution.setVariable(
                    OPTIONAL_GROUNDS,
                    String.join(
                            ",",
                            grounds.stream()
                                    .filter(g -> !g.mandatory())
                                    .map(g -> g.code().name())
                                    .toList()));
        };
    }

    /**
     * {@code ServiceTask_StartMoreInformationWindow}: the instant the window ends, as text for the
     * case view and as the date the timer and the requesting side's message carry.
     */
    @Bean(Beans.START_MORE_INFORMATION_WINDOW)
    public JavaDelegate startMoreInformationWindow(MlaWindows windows) {
        return execution -> {
            ZonedDateTime expires = windows.moreInformationExpiresAt(
                    requested(execution), ((Number) execution.getVariable(REPLY_WITHIN_DAYS)).intValue());
            execution.setVariable(MORE_INFORMATION_EXPIRES_AT, expires.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            execution.setVariable(MORE_INFORMATION_DUE_AT, Date.from(expires.toInstant()));
        };
    }

    /** {@code ServiceTask_StartPostponement}: the instant the postponement timer fires. */
    @Bean(Beans.START_POSTPONEMENT)
    public JavaDelegate startPostponement(MlaWindows windows) {
        return execution -> execution.setVariable(
                POSTPONEMENT_ENDS_AT,
                windows.postponementEndsAt(
                                requested(execution), LocalDate.parse((String) execution.getVariable(POSTPONED_UNTIL)))
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /** {@code Event_RequestSent}: starts the requested side's process. */
    @Bean(Beans.SEND_REQUEST)
    public JavaDelegate sendRequest(MlaMessages messages) {
        return send(messages, MlaOutgoing.REQUEST);
    }

    /** {@code Event_MoreInformationSent}. */
    @Bean(Beans.SEND_MORE_INFORMATION)
    public JavaDelegate sendMoreInformation(MlaMessages messages) {
        return send(messages, MlaOutgoing.MORE_INFORMATION);
    }

    /** {@code Event_ConfidentialityAnswerSent}. */
    @Bean(Beans.SEND_CONFIDENTIALITY_ANSWER)
    public JavaDelegate sendConfidentialityAnswer(MlaMessages messages) {
        return send(messages, MlaOutgoing.CONFIDENTIALITY_ANSWER);
    }

    /** {@code Event_EvidenceAcknowledged} of the requesting side. */
    @Bean(Beans.SEND_EVIDENCE_ACKNOWLEDGEMENT)
    public JavaDelegate sendEvidenceAcknowledgement(MlaMessages messages) {
        return send(messages, MlaOutgoing.EVIDENCE_ACKNOWLEDGEMENT);
    }

    /** {@code Event_FurtherUseRequested} of the requesting side. */
    @Bean(Beans.SEND_FURTHER_USE_REQUEST)
    public JavaDelegate sendFurtherUseRequest(MlaMessages messages) {
        return send(messages, MlaOutgoing.FURTHER_USE_REQUEST);
    }

    /** {@code Event_RefusalSent}. */
    @Bean(Beans.SEND_REFUSAL)
    public JavaDelegate sendRefusal(MlaMessages messages) {
        return send(messages, MlaOutgoing.REFUSAL);
    }

    /** {@code Event_MoreInformationRequested} of the requested side. */
    @Bean(Beans.SEND_MORE_INFORMATION_REQUEST)
    public JavaDelegate sendMoreInformationRequest(MlaMessages messages) {
        return send(messages, MlaOutgoing.MORE_INFORMATION_REQUEST);
    }

    /** {@code Event_MoreInformationLapsed} of the requested side. */
    @Bean(Beans.SEND_MORE_INFORMATION_LAPSE)
    public JavaDelegate sendMoreInformationLapse(MlaMessages messages) {
        return send(messages, MlaOutgoing.MORE_INFORMATION_LAPSE);
    }

    /** {@code Event_PostponementSent}. */
    @Bean(Beans.SEND_POSTPONEMENT)
    public JavaDelegate sendPostponement(MlaMessages messages) {
        return send(messages, MlaOutgoing.POSTPONEMENT);
    }

    /** {@code Event_ConfidentialityNoticeSent}. */
    @Bean(Beans.SEND_CONFIDENTIALITY_NOTICE)
    public JavaDelegate sendConfidentialityNotice(MlaMessages messages) {
        return send(messages, MlaOutgoing.CONFIDENTIALITY_NOTICE);
    }

    /** {@code Event_DelayNotified} of the requested side. */
    @Bean(Beans.SEND_DELAY_NOTICE)
    public JavaDelegate sendDelayNotice(MlaMessages messages) {
        return send(messages, MlaOutgoing.DELAY_NOTICE);
    }

    /** {@code Event_ResultSent}. */
    @Bean(Beans.SEND_RESULT)
    public JavaDelegate sendResult(MlaMessages messages) {
        return send(messages, MlaOutgoing.RESULT);
    }

    /** {@code Event_FurtherUseDecided} of the requested side. */
    @Bean(Beans.SEND_FURTHER_USE_DECISION)
    public JavaDelegate sendFurtherUseDecision(MlaMessages messages) {
        return send(messages, MlaOutgoing.FURTHER_USE_DECISION);
    }

    private static JavaDelegate send(MlaMessages messages, MlaOutgoing outgoing) {
        return execution -> messages.send(execution, outgoing);
    }

    private static MlaDocuments.Issue issue(DelegateExecution execution) {
        return new MlaDocuments.Issue(
                UUID.fromString(execution.getBusinessKey()),
                UUID.fromString((String) execution.getVariable(REQUEST_ID)),
                (String) execution.getVariable(REQUESTING_STATE),
                requested(execution));
    }

    private static String requested(DelegateExecution execution) {
        return (String) execution.getVariable(REQUESTED_STATE);
    }
}
