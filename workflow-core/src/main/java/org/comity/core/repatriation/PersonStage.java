package org.comity.core.repatriation;

import static org.comity.core.repatriation.RepatriationModel.*;

import java.util.Map;

/**
 * The names of where a person of an operation stands ({@link OperationMetrics#personsPerStage()}),
 * derived from the engine: the person's open task, the wait for a handover (and the transfer that
 * takes them), or how the person's process ended. One definition for the operation's counts and for
 * each person's row in a list.
 */
final class PersonStage {

    static final String READY_FOR_TRANSFER = "READY_FOR_TRANSFER";

    /** Stored, but the person's process not yet started (a crash between the two; {@link PersonProcessRecovery}). */
    static final String AWAITING_PROCESS_START = "AWAITING_PROCESS_START";

    /**
     * SQL for the stage of a person whose process waits for the handover message, given the
     * person's row of {@code repatriation_transfer_person} left-joined as {@code tp}.
     */
    static final String WAITING_SQL = "CASE WHEN tp.person_id IS NULL THEN '" + READY_FOR_TRANSFER + "' "
            + "WHEN tp.received = FALSE THEN 'NOT_RECEIVED' ELSE 'ON_TRANSFER' END";

    private static final Map<String, String> OF_TASK = Map.of(
            TASK_VERIFY_NATIONALITY,
            "VERIFYING_NATIONALITY",
            TASK_PROVIDE_IDENTITY_INFORMATION,
            "AWAITING_IDENTITY_INFORMATION",
            TASK_ISSUE_TRAVEL_DOCUMENT,
            "AWAITING_TRAVEL_DOCUMENT",
            TASK_CLEAR_FOR_TRANSFER,
            "AWAITING_CLEARANCE",
            TASK_ACCOUNT_FOR_PERSON,
            "NOT_RECEIVED",
            TASK_CONFIRM_LATE_RECEIPT,
            "CONFIRMING_LATE_RECEIPT");
    private static final Map<String, String> OF_END = Map.of(
            END_REPATRIATED,
            "REPATRIATED",
            END_REFERRED,
            "REFERRED",
            END_RETAINED,
            "RETAINED",
            END_ESCAPED,
            "ESCAPED",
            END_DECEASED,
            "DECEASED",
            END_RELEASED,
            "RELEASED",
            // the engine records an end inside the withdrawal event subprocess as the subprocess
            EVENT_WITHDRAWAL,
            "HELD_FOR_EXTRADITION");

    private PersonStage() {}

    /** The stage a person is in while this task of theirs is open, or {@code null} for a task that names none. */
    static String ofTask(String taskKey) {
        return OF_TASK.get(taskKey);
    }

    /**
     * The stage of a person whose process ended at this end event; a process deleted instead of ended
     * (the engine records no end event) is simply ended.
     */
    static String ofEnd(String endActivityId) {
        return endActivityId == null ? "ENDED" : OF_END.getOrDefault(endActivityId, "ENDED");
    }
}
