package org.comity.core.identity;

/**
 * What an actor may do. Officers and supervisors work on tasks of their own jurisdiction, auditors
 * read everything but change nothing, agencies start and follow requests through the API.
 */
public enum Role {
    OFFICER,
    SUPERVISOR,
    AUDITOR,
    AGENCY;

    /** Whether this role works on user tasks, i.e. has a candidate group. */
    public boolean worksOnTasks() {
        return this == OFFICER || this == SUPERVISOR;
    }
}
