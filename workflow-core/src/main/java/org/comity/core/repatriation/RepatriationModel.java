package org.comity.core.repatriation;

/**
 * The ids of the repatriation processes, their elements, messages and variables: the models, the
 * services and the tests all refer to these constants, so an id exists once. The route decision for
 * a person also sought by extradition has its own ids in {@code routeconflict.RouteConflictModel}.
 */
public final class RepatriationModel {

    public static final String OPERATION_PROCESS = "RepatriationOperationProcess";
    public static final String PERSON_PROCESS = "RepatriationPersonProcess";
    public static final String HANDOVER_PROCESS = "HandoverProcess";

    public static final String TASK_CLOSE_OPERATION = "Task_CloseOperation";
    public static final String TASK_RECORD_OPERATION_CLOSED = "Task_RecordOperationClosed";
    public static final String END_OPERATION_CLOSED = "EndEvent_OperationClosed";

    public static final String TASK_VERIFY_NATIONALITY = "Task_VerifyNationality";
    public static final String TASK_PROVIDE_IDENTITY_INFORMATION = "Task_ProvideIdentityInformation";
    public static final String TASK_ESCALATE_VERIFICATION = "Task_EscalateVerification";
    public static final String TIMER_VERIFICATION_SLA = "Timer_VerificationSla";
    public static final String TASK_ISSUE_TRAVEL_DOCUMENT = "Task_IssueTravelDocument";
    public static final String TASK_CLEAR_FOR_TRANSFER = "Task_ClearForTransfer";
    public static final String TASK_RECORD_VICTIM_STATUS = "Task_RecordVictimStatus";
    public static final String EVENT_HANDED_OVER = "Event_HandedOver";
    public static final String END_REFERRED = "EndEvent_Referred";
    public static final String END_RETAINED = "EndEvent_Retained";
    public static final String END_REPATRIATED = "EndEvent_Repatriated";
    public static final String END_VERIFICATION_ESCALATED = "EndEvent_VerificationEscalated";
    public static final String GATEWAY_RECEIVED = "Gateway_Received";
    public static final String TASK_ACCOUNT_FOR_PERSON = "Task_AccountForPerson";
    public static final String TASK_CONFIRM_LATE_RECEIPT = "Task_ConfirmLateReceipt";
    public static final String END_ESCAPED = "EndEvent_Escaped";
    public static final String END_DECEASED = "EndEvent_Deceased";
    public static final String END_RELEASED = "EndEvent_Released";
    public static final String EVENT_WITHDRAWAL = "Event_Withdrawal";
    public static final String END_HELD_FOR_EXTRADITION = "EndEvent_HeldForExtradition";

    public static final String TASK_APPROVE_TRANSFER_PLAN = "Task_ApproveTransferPlan";
    public static final String TASK_EXECUTE_HANDOVER = "Task_ExecuteHandover";
    public static final String TASK_ACKNOWLEDGE_RECEIPT = "Task_AcknowledgeReceipt";
    public static final String TASK_RECORD_HANDOVER = "Task_RecordHandover";
    public static final String TASK_HAND_OVER_PERSONS = "Task_HandOverPersons";
    public static final String TASK_ISSUE_HANDOVER_RECEIPT = "Task_IssueHandoverReceipt";
    public static final String TASK_ISSUE_HANDOVER_MANIFEST = "Task_IssueHandoverManifest";
    public static final String TASK_CANCEL_TRANSFER = "Task_CancelTransfer";
    public static final String END_HANDED_OVER = "EndEvent_HandedOver";
    public static final String END_TRANSFER_CANCELLED = "EndEvent_TransferCancelled";

    public static final String MESSAGE_PERSON_HANDED_OVER = "Message_PersonHandedOver";
    public static final String MESSAGE_PERSON_WITHDRAWN = "Message_PersonWithdrawn";

    public static final String VAR_HOLDING_STATE = "holdingState";
    public static final String VAR_RECEIVING_STATE = "receivingState";
    public static final String VAR_OPERATION_ID = "operationId";
    public static final String VAR_PERSON_ID = "personId";
    public static final String VAR_TRANSFER_ID = "transferId";
    /** How many chunks of received persons {@code Task_HandOverPersons} correlates, one job each. */
    public static final String VAR_HANDOVER_CHUNKS = "handoverChunks";
    /** The engine's index of a multi-instance activity's instance: the chunk to hand over. */
    public static final String VAR_LOOP_COUNTER = "loopCounter";

    public static final String VAR_VERIFICATION_SLA = "verificationSla";
    public static final String VAR_NATIONALITY_VERIFICATION = "nationalityVerification";
    public static final String VAR_TRAVEL_DOCUMENT_TYPE = "travelDocumentType";
    public static final String VAR_TRAVEL_DOCUMENT_EXPIRY = "travelDocumentExpiry";
    public static final String VAR_CLEARANCE = "clearance";
    public static final String VAR_TRAFFICKING_SCREENING = "traffickingScreening";
    public static final String VAR_RECEIVED = "received";
    public static final String VAR_NOT_RECEIVED_OUTCOME = "notReceivedOutcome";
    public static final String VAR_LATE_RECEIPT = "lateReceipt";
    public static final String VAR_PLAN_DECISION = "planDecision";
    public static final String VAR_CLOSED_ON = "closedOn";

    public static final String BEAN_VICTIM_STATUS = "victimStatusRecorder";
    public static final String BEAN_HANDOVER_RECORDER = "handoverRecorder";
    public static final String BEAN_HANDOVER_MANIFEST = "handoverManifest";
    public static final String BEAN_PERSONS_HANDED_OVER = "personsHandedOver";
    public static final String BEAN_HANDOVER_RECEIPT = "handoverReceipt";
    public static final String BEAN_TRANSFER_CANCELLATION = "transferCancellation";
    public static final String BEAN_OPERATION_CLOSURE = "operationClosure";

    private RepatriationModel() {}
}
