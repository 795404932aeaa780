package org.comity.core.extradition;

/**
 * Ids, message names and variable names of {@code ExtraditionRequestProcess} (requesting side)
 * and {@code ExtraditionExaminationProcess} (requested side). They are API: the BPMN files, the
 * delegates, the forms and the tests use them only through these constants.
 */
public final class ExtraditionProcesses {

    private ExtraditionProcesses() {}

    /** The requesting state's process (DESIGN §4.1, requesting side). */
    public static final class Requesting {

        public static final String PROCESS_ID = "ExtraditionRequestProcess";

        public static final String START = "StartEvent_RequestSubmitted";
        public static final String PRE_CHECK = "ServiceTask_PreCheck";
        public static final String PROVISIONAL_ARREST_REQUESTED = "Event_ProvisionalArrestRequested";
        public static final String REVIEW_REQUEST = "Task_ReviewRequest";
        public static final String CORRECT_REQUEST = "Task_CorrectRequest";
        public static final String ISSUE_REQUEST = "ServiceTask_IssueExtraditionRequest";
        public static final String REQUEST_SENT = "Event_RequestSent";
        public static final String FORMAL_REQUEST_SENT = "Event_FormalRequestSent";
        public static final String AWAIT_ANSWER = "Gateway_AwaitAnswer";
        public static final String SUPPLEMENTARY_REQUESTED = "Event_SupplementaryInformationRequested";
        public static final String PROVIDE_SUPPLEMENTARY = "Task_ProvideSupplementaryInformation";
        public static final String SUPPLEMENTARY_SENT = "Event_SupplementaryInformationSent";
        public static final String DECIDED = "Event_ExtraditionDecided";
        public static final String AWAIT_SURRENDER = "Gateway_AwaitSurrender";
        public static final String PERSON_SURRENDERED = "Event_PersonSurrendered";
        public static final String CONFIRM_RECEIPT = "Task_ConfirmReceipt";
        public static final String CLOSED_WHILE_SUPPLEMENTING = "Event_ClosedWhileSupplementing";
        public static final String CLOSED_BEFORE_DECISION = "Event_ClosedBeforeDecision";
        public static final String CLOSED_AFTER_GRANT = "Event_ClosedAfterGrant";
        public static final String END_REFUSED = "EndEvent_Refused";
        public static final String END_SURRENDERED = "EndEvent_Surrendered";
        public static final String END_TERMINATED = "EndEvent_Terminated";
        public static final String END_ABANDONED = "EndEvent_Abandoned";

        private Requesting() {}
    }

    /** The requested state's process (DESIGN §4.1, requested side). */
    public static final class Requested {

        public static final String PROCESS_ID = "ExtraditionExaminationProcess";

        public static final String START = "StartEvent_RequestReceived";
        public static final String RECORD_PROVISIONAL_ARREST = "Task_RecordProvisionalArrest";
        public static final String START_PROVISIONAL_ARREST_WINDOW = "ServiceTask_StartProvisionalArrestWindow";
        public static final String AWAIT_FORMAL_REQUEST = "Gateway_AwaitFormalRequest";
        public static final String FORMAL_REQUEST_RECEIVED = "Event_FormalRequestReceived";
        public static final String PROVISIONAL_ARREST_TIMER = "Timer_ProvisionalArrestWindow";
        public static final String PROVISIONAL_ARREST_EXTENSION = "Event_ProvisionalArrestExtensionRequested";
        public static final String EXTEND_PROVISIONAL_ARREST = "ServiceTask_ExtendProvisionalArrest";
        public static final String CHECK_COMPLETENESS = "Task_CheckCompleteness";
        public static final String START_SUPPLEMENTARY_WINDOW = "ServiceTask_StartSupplementaryWindow";
        public static final String REQUEST_SUPPLEMENTARY = "ServiceTask_RequestSupplementaryInformation";
        public static final String SUPPLEMENTARY_REQUESTED = "Event_SupplementaryInformationRequested";
        public static final String AWAIT_SUPPLEMENTARY = "Gateway_AwaitSupplementaryInformation";
        public static final String SUPPLEMENTARY_PROVIDED = "Event_SupplementaryInformationProvided";
        public static final String SUPPLEMENTARY_TIMER = "Timer_SupplementaryInformationWindow";
        public static final String SUPPLEMENTARY_EXTENSION = "Event_SupplementaryExtensionRequested";
        public static final String EXTEND_SUPPLEMENTARY = "ServiceTask_ExtendSupplementaryWindow";
        public static final String TERMINATION_NOTIFIED = "Event_TerminationNotified";
        public static final String REFUSAL_GROUNDS = "BusinessRuleTask_RefusalGrounds";
        public static final String JUDICIAL_REVIEW = "Task_JudicialReview";
        public static final String EXECUTIVE_DECISION = "Task_ExecutiveDecision";
        public static final String ISSUE_DECISION = "ServiceTask_IssueDecision";
        public static final String DECISION_SENT = "Event_DecisionSent";
        public static final String AGREE_SURRENDER = "Task_AgreeSurrender";
        public static final String START_SURRENDER_WINDOW = "ServiceTask_StartSurrenderWindow";
        public static final String EXECUTE_SURRENDER = "Task_ExecuteSurrender";
        public static final String SURRENDER_TIMER = "Timer_SurrenderWindow";
        public static final String SURRENDER_EXTENSION = "Event_SurrenderExtensionRequested";
        public static final String EXTEND_SURRENDER = "ServiceTask_ExtendSurrenderWindow";
        public static final String ISSUE_SURRENDER_RECORD = "ServiceTask_IssueSurrenderRecord";
        public static final String PERSON_SURRENDERED = "Event_PersonSurrendered";
        public static final String RELEASE_PERSON = "Task_ReleasePerson";
        public static final String ISSUE_RELEASE_NOTICE = "ServiceTask_IssueReleaseNotice";
        public static final String RELEASE_NOTIFIED = "Event_ReleaseNotified";
        public static final String END_REFUSED = "EndEvent_Refused";
        public static final String END_SURRENDERED = "EndEvent_Surrendered";
        public static final String END_TERMINATED = "EndEvent_Terminated";
        public static final String END_RELEASED = "EndEvent_Released";

        private Requested() {}
    }

    /** Messages between the two sides, correlated by the case id (the business key). */
    public static final class Messages {

        public static final String REQUEST_RECEIVED = "ExtraditionRequestReceived";
        public static final String FORMAL_REQUEST_RECEIVED = "FormalRequestReceived";
        public static final String PROVISIONAL_ARREST_EXTENSION_REQUESTED = "ProvisionalArrestExtensionRequested";
        public static final String SUPPLEMENTARY_REQUESTED = "SupplementaryInformationRequested";
        public static final String SUPPLEMENTARY_PROVIDED = "SupplementaryInformationProvided";
        public static final String SUPPLEMENTARY_EXTENSION_REQUESTED = "SupplementaryInformationExtensionRequested";
        public static final String DECIDED = "ExtraditionDecided";
        public static final String SURRENDER_EXTENSION_REQUESTED = "SurrenderExtensionRequested";
        public static final String PERSON_SURRENDERED = "PersonSurrendered";
        public static final String CLOSED = "ExtraditionClosed";

        private Messages() {}
    }

    /** Process variables: ids and decision values only, never personal data. */
    public static final class Variables {

        public static final String CASE_ID = "caseId";
        public static final String REQUEST_ID = "requestId";
        public static final String REQUESTING_STATE = "requestingState";
        public static final String REQUESTED_STATE = "requestedState";
        public static final String LEGAL_BASIS_ID = "legalBasisId";
        public static final String URGENCY = "urgency";
        public static final String REVIEW_DECISION = "reviewDecision";
        public static final String ARRESTED_ON = "arrestedOn";
        public static final String PROVISIONAL_ARREST_EXPIRES_AT = "provisionalArrestExpiresAt";
        public static final String PROVISIONAL_ARREST_EXTENDED = "provisionalArrestExtended";
        public static final String PROVISIONAL_ARREST_STARTED_ON = "provisionalArrestStartedOn";
        public static final String COMPLETENESS = "completeness";
        public static final String SUPPLEMENTARY_STARTED_ON = "supplementaryInformationStartedOn";
        public static final String SUPPLEMENTARY_EXPIRES_AT = "supplementaryInformationExpiresAt";
        public static final String SUPPLEMENTARY_DUE_AT = "supplementaryInformationDueAt";
        public static final String SUPPLEMENTARY_EXTENDED = "supplementaryInformationExtended";
        public static final String SUPPLEMENTARY_ROUND = "supplementaryInformationRound";
        public static final String MANDATORY_GROUND_FOUND = "mandatoryGroundFound";
        public static final String MANDATORY_GROUNDS = "mandatoryGrounds";
        public static final String OPTIONAL_GROUNDS = "optionalGrounds";
        public static final String RULING = "ruling";
        public static final String DECISION = "decision";
        public static final String EXTRADITION_GRANTED = "extraditionGranted";
        public static final String AGREED_DATE = "agreedDate";
        public static final String SURRENDER_EXPIRES_AT = "surrenderExpiresAt";
        public static final String SURRENDER_DUE_AT = "surrenderDueAt";
        public static final String SURRENDER_EXTENDED = "surrenderExtended";
        public static final String CLOSURE = "closure";

        private Variables() {}
    }

    /**
     * The Spring beans the models name in their {@code ${beanName}} delegate expressions, one per
     * service task, message throw event and end event ({@code delegate.ExtraditionDelegates}).
     */
    public static final class Beans {

        public static final String PRE_CHECK = "extraditionPreCheck";
        public static final String PROVISIONAL_ARREST_REQUESTED = "extraditionProvisionalArrestRequested";
        public static final String ISSUE_REQUEST = "extraditionRequestIssuer";
        public static final String REQUEST_SENT = "extraditionRequestSent";
        public static final String FORMAL_REQUEST_SENT = "extraditionFormalRequestSent";
        public static final String SUPPLEMENTARY_SENT = "extraditionSupplementarySent";
        public static final String REQUEST_ENDED_REFUSED = "extraditionRequestEndedRefused";
        public static final String REQUEST_ENDED_SURRENDERED = "extraditionRequestEndedSurrendered";
        public static final String REQUEST_ENDED_TERMINATED = "extraditionRequestEndedTerminated";
        public static final String REQUEST_ENDED_ABANDONED = "extraditionRequestEndedAbandoned";

        public static final String START_PROVISIONAL_ARREST_WINDOW = "extraditionProvisionalArrestWindow";
        public static final String EXTEND_PROVISIONAL_ARREST = "extraditionProvisionalArrestExtension";
        public static final String START_SUPPLEMENTARY_WINDOW = "extraditionSupplementaryWindow";
        public static final String REQUEST_SUPPLEMENTARY = "extraditionSupplementaryRequestIssuer";
        public static final String SUPPLEMENTARY_REQUESTED = "extraditionSupplementaryRequested";
        public static final String EXTEND_SUPPLEMENTARY = "extraditionSupplementaryExtension";
        public static final String TERMINATION_NOTIFIED = "extraditionTerminationNotified";
        public static final String REFUSAL_GROUNDS = "refusalGroundsAssessment";
        public static final String ISSUE_DECISION = "extraditionDecisionIssuer";
        public static final String DECISION_SENT = "extraditionDecisionSent";
        public static final String START_SURRENDER_WINDOW = "extraditionSurrenderWindow";
        public static final String EXTEND_SURRENDER = "extraditionSurrenderExtension";
        public static final String ISSUE_SURRENDER_RECORD = "extraditionSurrenderRecordIssuer";
        public static final String PERSON_SURRENDERED = "extraditionPersonSurrendered";
        public static final String ISSUE_RELEASE_NOTICE = "extraditionReleaseNoticeIssuer";
        public static final String RELEASE_NOTIFIED = "extraditionReleaseNotified";
        public static final String EXAMINATION_ENDED_REFUSED = "extraditionExaminationEndedRefused";
        public static final String EXAMINATION_ENDED_SURRENDERED = "extraditionExaminationEndedSurrendered";
        public static final String EXAMINATION_ENDED_TERMINATED = "extraditionExaminationEndedTerminated";
        public static final String EXAMINATION_ENDED_RELEASED = "extraditionExaminationEndedReleased";

        private Beans() {}
    }

    /** Values of {@link Variables#CLOSURE}: why the requested side closed the case. */
    public enum Closure {
        /** The supplementary information did not arrive in time (S10 Art. 18). */
        TERMINATED,
        /** The person was released: provisional arrest lapsed or surrender abandoned. */
        RELEASED
    }
}
