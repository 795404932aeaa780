package org.comity.core.audit;

/** The kind of thing an audit entry is about; the entry's object id is unique within its kind. */
public enum AuditObjectType {
    CASE,
    PERSON,
    TASK,
    DOCUMENT,
    OPERATION,
    PROCESS_INSTANCE,
    AGENCY,
    USER,
    AUDIT_LOG,

    /** A failed job of a case's process (its id is the engine's incident id). */
    INCIDENT,

    /** An officer's unsubmitted draft of a request (its id is the draft's id, not a case's). */
    DRAFT
}
