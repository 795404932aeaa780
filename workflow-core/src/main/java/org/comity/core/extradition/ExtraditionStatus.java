package org.comity.core.extradition;

/**
 * The status of an extradition case ({@code comity_case.status}), one value for both sides. Steps
 * that issue a document move it along the way (request sent, supplementary information requested,
 * decision); every end event of either process closes it (its end listener), so
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

    /** Whether the case has ended: no examination or surrender is pending any more. */
    public boolean closed() {
        return ordinal() >= REFUSED.ordinal();
    }

    /**
     * The status the requested side's release gives the case: once extradition was granted, a release
     * means the requesting state did not take the person over, and the surrender is abandoned.
     */
    public static ExtraditionStatus released(boolean granted) {
        return granted ? ABANDONED : RELEASED;
    }
}
