package org.comity.core.mla;

/**
 * Ids, message names and variable names of {@code MlaRequestProcess} (requesting side) and
 * {@code MlaExecutionProcess} (requested side), DESIGN §4.3. They are API: the BPMN files, the
 * delegates, the forms and the tests use them only through these constants.
 */
public final class MlaProcesses {

    private MlaProcesses() {}

    /** The requesting state's process: review, letter of request, answers, evidence. */
    public static final class Requesting {

        public static final String PROCESS_ID = "MlaRequestProcess";

        public static final String START = "StartEvent_RequestSubmitted";
        public static final String PRE_CHECK = "ServiceTask_PreCheck";
        public static final String REVIEW_REQUEST = "Task_ReviewRequest";
        public static final String CORRECT_REQUEST = "Task_CorrectRequest";
        public static final String ISSUE_LETTER = "ServiceTask_IssueLetterOfRequest";
        public static final String REQUEST_SENT = "Event_RequestSent";
        public static final String AWAIT_ANSWER = "Gateway_AwaitAnswer";
        public static final String MORE_INFORMATION_REQUESTED = "Event_MoreInformationRequested";
        public static final String PROVIDE_MORE_INFORMATION = "Task_ProvideMoreInformation";
        public static final String MORE_INFORMATION_LAPSED = "Event_MoreInformationLapsed";
        public static final String MORE_INFORMATION_SENT = "Event_MoreInformationSent";
        public static final String CONFIDENTIALITY_NOTICE = "Event_ConfidentialityNoticeReceived";
        public static final String CONSIDER_CONFIDENTIALITY = "Task_ConsiderConfidentialityNotice";
        public static final String CONFIDENTIALITY_ANSWER_SENT = "Event_ConfidentialityAnswerSent";
        public static final String POSTPONED = "Event_Postponed";
        public static final String REFUSED = "Event_Refused";
        public static final String RESULT_RECEIVED = "Event_ResultReceived";
        public static final String ACKNOWLEDGE_EVIDENCE = "Task_AcknowledgeEvidence";
        public static final String EVIDENCE_ACKNOWLEDGED = "Event_EvidenceAcknowledged";
        public static final String FURTHER_USE_REQUESTED = "Event_FurtherUseRequested";
        public static final String FURTHER_USE_DECIDED = "Event_FurtherUseDecided";
        public static final String DELAY_NOTICE = "SubProcess_DelayNotice";
        public static final String DELAY_NOTIFIED = "StartEvent_DelayNotified";
        public static final String END_DELAY_NOTED = "EndEvent_DelayNoted";
        public static final String END_EVIDENCE_RECEIVED = "EndEvent_EvidenceReceived";
        public static final String END_REFUSED = "EndEvent_Refused";
        public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

        private Requesting() {}
    }

    /** The requested state's process: assessment, execution against the deadline, execution report. */
    public static final class Requested {

        public static final String PROCESS_ID = "MlaExecutionProcess";

        public static final String START = "StartEvent_RequestReceived";
        public static final String ASSESS_REQUEST = "Task_AssessRequest";
        public static final String REFUSAL_GROUNDS = "BusinessRuleTask_RefusalGrounds";
        public static final String REFUSAL_SENT = "Event_RefusalSent";
        public static final String START_MORE_INFORMATION_WINDOW = "ServiceTask_StartMoreInformationWindow";
        public static final String MORE_INFORMATION_REQUESTED = "Event_MoreInformationRequested";
        public static final String AWAIT_MORE_INFORMATION = "Gateway_AwaitMoreInformation";
        public static final String MORE_INFORMATION_PROVIDED = "Event_MoreInformationProvided";
        public static final String MORE_INFORMATION_TIMER = "Timer_MoreInformationWindow";
        public static final String MORE_INFORMATION_LAPSED = "Event_MoreInformationLapsed";
        public static final String START_POSTPONEMENT = "ServiceTask_StartPostponement";
        public static final String POSTPONEMENT_SENT = "Event_PostponementSent";
        public static final String POSTPONEMENT_TIMER = "Timer_PostponedUntil";
        public static final String CONFIDENTIALITY_NOTICE_SENT = "Event_ConfidentialityNoticeSent";
        public static final String CONFIDENTIALITY_ANSWERED = "Event_ConfidentialityAnswered";
        public static final String EXECUTION = "SubProcess_Execution";
        public static final String EXECUTE_REQUEST = "Task_ExecuteRequest";
        public static final String END_REQUEST_EXECUTED = "EndEvent_RequestExecuted";
        public static final String DEADLINE_TIMER = "Timer_RequestedDeadline";
        public static final String EXPLAIN_DELAY = "Task_ExplainDelay";
        public static final String DELAY_NOTIFIED = "Event_DelayNotified";
        public static final String END_NO_DEADLINE = "EndEvent_NoDeadline";
        public static final String END_DELAY_EXPLAINED = "EndEvent_DelayExplained";
        public static final String ISSUE_REPORT = "ServiceTask_IssueExecutionReport";
        public static final String ISSUE_REFUSAL_NOTICE = "ServiceTask_IssueRefusalNotice";
        public static final String ISSUE_POSTPONEMENT_NOTICE = "ServiceTask_IssuePostponementNotice";
        public static final String RESULT_SENT = "Event_ResultSent";
        public static final String AWAIT_ACKNOWLEDGEMENT = "Gateway_AwaitAcknowledgement";
        public static final String EVIDENCE_ACKNOWLEDGED = "Event_EvidenceAcknowledged";
        public static final String FURTHER_USE_REQUESTED = "Event_FurtherUseRequested";
        public static final String DECIDE_ON_FURTHER_USE = "Task_DecideOnFurtherUse";
        public static final String FURTHER_USE_DECIDED = "Event_FurtherUseDecided";
        public static final String END_REFUSED = "EndEvent_Refused";
        public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
        public static final String END_EXECUTED = "EndEvent_Executed";

        private Requested() {}
    }

    /** Messages between the two sides, correlated by the case id (the business key). */
    public static final class Messages {

        public static final String REQUEST_RECEIVED = "MlaRequestReceived";
        public static final String MORE_INFORMATION_REQUESTED = "MlaMoreInformationRequested";
        public static final String MORE_INFORMATION_PROVIDED = "MlaMoreInformationProvided";
        public static final String MORE_INFORMATION_LAPSED = "MlaMoreInformationLapsed";
        public static final String POSTPONED = "MlaPostponed";
        public static final String REFUSED = "MlaRefused";
        public static final String CONFIDENTIALITY_CANNOT_BE_KEPT = "MlaConfidentialityCannotBeKept";
        public static final String CONFIDENTIALITY_ANSWERED = "MlaConfidentialityAnswered";
        public static final String DELAY_NOTIFIED = "MlaDelayNotified";
        public static final String EXECUTED = "MlaExecuted";
        public static final String EVIDENCE_ACKNOWLEDGED = "MlaEvidenceAcknowledged";
        public static final String FURTHER_USE_REQUESTED = "MlaFurtherUseRequested";
        public static final String FURTHER_USE_DECIDED = "MlaFurtherUseDecided";

        private Messages() {}
    }

    /**
     * The {@code ${beanName}} each service task, business rule task and message throw event of the
     * two models calls: one bean per element, so that a bean says which step it is without asking the
     * engine where it runs.
     */
    public static final class Beans {

        public static final String PRE_CHECK = "mlaPreCheck";
        public static final String ISSUE_LETTER_OF_REQUEST = "mlaIssueLetterOfRequest";
        public static final String SEND_REQUEST = "mlaSendRequest";
        public static final String SEND_MORE_INFORMATION = "mlaSendMoreInformation";
        public static final String SEND_CONFIDENTIALITY_ANSWER = "mlaSendConfidentialityAnswer";
        public static final String SEND_EVIDENCE_ACKNOWLEDGEMENT = "mlaSendEvidenceAcknowledgement";
        public static final String SEND_FURTHER_USE_REQUEST = "mlaSendFurtherUseRequest";

        public static final String REFUSAL_GROUNDS = "mlaRefusalGrounds";
        public static final String START_MORE_INFORMATION_WINDOW = "mlaStartMoreInformationWindow";
        public static final String START_POSTPONEMENT = "mlaStartPostponement";
        public static final String ISSUE_EXECUTION_REPORT = "mlaIssueExecutionReport";
        public static final String ISSUE_REFUSAL_NOTICE = "mlaIssueRefusalNotice";
        public static final String ISSUE_POSTPONEMENT_NOTICE = "mlaIssuePostponementNotice";
        public static final String SEND_REFUSAL = "mlaSendRefusal";
        public static final String SEND_MORE_INFORMATION_REQUEST = "mlaSendMoreInformationRequest";
        public static final String SEND_MORE_INFORMATION_LAPSE = "mlaSendMoreInformationLapse";
        public static final String SEND_POSTPONEMENT = "mlaSendPostponement";
        public static final String SEND_CONFIDENTIALITY_NOTICE = "mlaSendConfidentialityNotice";
        public static final String SEND_DELAY_NOTICE = "mlaSendDelayNotice";
        public static final String SEND_RESULT = "mlaSendResult";
        public static final String SEND_FURTHER_USE_DECISION = "mlaSendFurtherUseDecision";

        private Beans() {}
    }

    /** Process variables: ids and decision values only, never personal data. */
    public static final class Variables {

        public static final String CASE_ID = "caseId";
        public static final String REQUEST_ID = "requestId";
        public static final String REQUESTING_STATE = "requestingState";
        public static final String REQUESTED_STATE = "requestedState";
        public static final String LEGAL_BASIS_ID = "legalBasisId";
        /** Boolean: the requesting state asked for confidentiality. */
        public static final String CONFIDENTIAL = "confidential";
        /** Date or null: the end of the requested deadline's last day in the requested state's zone. */
        public static final String DEADLINE_AT = "deadlineAt";

        public static final String REVIEW_DECISION = "reviewDecision";
        /** String: the assessment, an {@code AssessmentDecision} name. */
        public static final String DECISION = "decision";

        public static final String MANDATORY_GROUND_FOUND = "mandatoryGroundFound";
        public static final String MANDATORY_GROUNDS = "mandatoryGrounds";
        public static final String OPTIONAL_GROUNDS = "optionalGrounds";
        public static final String CONFIDENTIALITY_CAN_BE_KEPT = "confidentialityCanBeKept";
        public static final String CONFIDENTIALITY_ANSWER = "confidentialityAnswer";
        public static final String REPLY_WITHIN_DAYS = "replyWithinDays";
        public static final String MORE_INFORMATION_EXPIRES_AT = "moreInformationExpiresAt";
        public static final String MORE_INFORMATION_DUE_AT = "moreInformationDueAt";
        public static final String POSTPONED_UNTIL = "postponedUntil";
        public static final String POSTPONEMENT_ENDS_AT = "postponementEndsAt";
        public static final String OUTCOME = "outcome";
        public static final String FURTHER_USE = "furtherUse";
        public static final String FURTHER_USE_DECISION = "furtherUseDecision";

        private Variables() {}
    }
}
