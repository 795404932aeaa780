package org.comity.core.extradition.process;

import java.util.Map;

/**
 * The status of an extradition case ({@code comity_case.status}), one value for both sides. Steps
 * that issue a document move it along the way (request sent, supplementary information requested,
 * decision); every end event of either process closes it ({@link ExtraditionCaseStatus}), so
 * that the case says how it ended however the processes got there (DESIGN §4.1).
 */
public enum ExtraditionStatus {

    SUBMITTED,
    REQUEST_SENT,
    SUPPLEMENTARY_REQUESTED,
    GRANTED,
    /** Refused by the court or the executive (S10 Arts. 28, 29). */
    REFUSED,
    /** Supplementary information not received in time (S10 Art. 18); a new request remains possible. */
    TERMINATED,
    /** Released because no formal request followed the provisional arrest in time (S10 Art. 31). */
    RELEASED,
    /** Not taken over in time after a grant: deemed abandoned and the person released (S10 Art. 40). */
    ABANDONED,
    /** Surrendered to, and received by, the requesting state (S10 Art. 38). */
    SURRENDERED;

    private static final Map<String, ExtraditionStatus> BY_END_EVENT = Map.of(
            ExtraditionProcesses.Requested.END_REFUSED, REFUSED,
            ExtraditionProcesses.Requested.END_TERMINATED, TERMINATED,
            ExtraditionProcesses.Requested.END_SURRENDERED, SURRENDERED,
            ExtraditionProcesses.Requesting.END_ABANDONED, ABANDONED);

    /** Whether the case has ended: no examination or surrender is pending any more. */
    public boolean closed() {
        return ordinal() >= REFUSED.ordinal();
    }

    /**
     * The status an end event of either side gives the case. Both processes name their common ends
     * alike; the requested side's release is an abandonment once extradition was granted.
     *
     * @throws IllegalArgumentException for an element that is no end event of an extradition process
     */
    public static ExtraditionStatus atEnd(String endEventId, boolean granted) {
        if (ExtraditionProcesses.Requested.END_RELEASED.equals(endEventId)) {
            return granted ? ABANDONED : RELEASED;
        }
        ExtraditionStatus status = BY_END_EVENT.get(endEventId);
        if (status == null) {
            throw new IllegalArgumentException("No case status is defined for " + endEventId);
        }
        return status;
    }
}
