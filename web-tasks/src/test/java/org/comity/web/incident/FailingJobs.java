package org.comity.web.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs a case's due jobs by hand as the (switched off) job executor would; a job that fails is run
 * through all its retries (the configured cycle gives five, five minutes apart; run by id, whatever
 * its due date), so that it ends as an incident, as it would after 25 minutes in production.
 */
public final class FailingJobs {

    private FailingJobs() {}

    /** Runs the case's due jobs; asserts that exactly one of them failed and used up its retries. */
    public static void runToTheirLastFailure(RuntimeService runtime, ManagementService management, String caseId) {
        List<Job> due = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list().stream()
                .flatMap(instance ->
                        management.createJobQuery().processInstanceId(instance.getId()).executable().list().stream())
                .toList();
        assertThat(due).as("a job is due").isNotEmpty();
        int failed = 0;
        for (Job job : due) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException firstFailure) {
                failed++;
                for (int attempt = 0; attempt < 10 && retriesLeft(management, job.getId()) > 0; attempt++) {
                    assertThatThrownBy(() -> management.executeJob(job.getId()))
                            .as("the job fails again")
                            .isNotNull();
                }
                assertThat(retriesLeft(management, job.getId()))
                        .as("retries used up")
                        .isZero();
            }
        }
        assertThat(failed).as("a job failed").isEqualTo(1);
    }

    private static int retriesLeft(ManagementService management, String jobId) {
        Job job = management.createJobQuery().jobId(jobId).singleResult();
        return job == null ? 0 : job.getRetries();
    }
}
