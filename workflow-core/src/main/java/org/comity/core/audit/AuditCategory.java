package org.comity.core.audit;

/**
 * The processing operations that the EU Law Enforcement Directive (2016/680), Art. 25(1), requires
 * to be logged. Camunda's operation log covers writes only, so consultation and disclosure are the
 * reason this log exists.
 */
public enum AuditCategory {

    /** Personal data entered into the system (a case, a person, an uploaded document). */
    COLLECTION,
    /** Existing data changed, including completing a task that changes a case. */
    ALTERATION,
    /** Personal data read or displayed; needs a justification. */
    CONSULTATION,
    /** Personal data made available to someone else, including transfers to the other state. */
    DISCLOSURE,
    /** Data sets combined or matched (for example, a person found in two cases). */
    COMBINATION,
    /** Personal data deleted; the entry holds identifiers only, never the erased content. */
    ERASURE
}
