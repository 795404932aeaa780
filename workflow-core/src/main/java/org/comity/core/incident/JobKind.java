package org.comity.core.incident;

/** What kind of job failed: a timer of the law or a service level, or an asynchronous step. */
public enum JobKind {
    TIMER,
    STEP;

    /** From Camunda's job definition type, e.g. {@code timer-transition} or {@code async-continuation}. */
    static JobKind of(String jobDefinitionType) {
        return jobDefinitionType != null && jobDefinitionType.startsWith("timer") ? TIMER : STEP;
    }
}
