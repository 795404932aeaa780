package org.comity.core.task;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every user task the due date its model already states as a boundary timer: the deadline
 * the law or the service level sets for that step is modelled once, as the timer that acts on it
 * (the nationality verification SLA {@code Timer_VerificationSla}, {@code P15D} by default,
 * {@code comity.repatriation.verification-sla}; the surrender window {@code Timer_SurrenderWindow}),
 * and the task's due date is the earliest such timer on the task or on a sub-process enclosing it.
 * So the task list's "overdue", "due within" and due-date order say what the case page's deadlines
 * say, and they cannot drift apart: the due date is computed by the engine's own business calendar
 * from the same timer expression, at the engine time the task is created (so within milliseconds of
 * the timer's own date, computed in the same command).
 *
 * <p>A due date set in the model ({@code camunda:dueDate}, e.g. an MLA request's deadline on
 * {@code Task_ExecuteRequest}) is kept. Only boundary timers count; an event sub-process's timer
 * start is not a deadline of the tasks beside it. The timer expressions read process variables the
 * processes set from validated input (an ISO duration from configuration or a date computed by
 * Comity), never expressions typed by a user.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100) // before TaskItems, whose rows take the due date set here
class TaskDueDates extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(TaskDueDates.class);

    /** The parsed type of a boundary timer event (an event sub-process's timer start is not a deadline). */
    private static final String BOUNDARY_TIMER = ActivityTypes.BOUNDARY_TIMER;

    static final TaskListener FROM_TIMERS = TaskDueDates::setDueDate;

    /**
     * Open tasks created before this listener existed get the due date of the boundary timer already
     * scheduled on their execution (handler {@code timer-transition}: boundary timers only), so that a
     * database of an earlier version shows its 1,475 verification deadlines in the task list too.
     * Idempotent: only tasks without a due date are touched.
     */
    static final String BACKFILL = """
            UPDATE ACT_RU_TASK SET REV_ = REV_ + 1, DUE_DATE_ = (SELECT MIN(J.DUEDATE_) FROM ACT_RU_JOB J
                WHERE J.EXECUTION_ID_ = ACT_RU_TASK.EXECUTION_ID_ AND J.HANDLER_TYPE_ = 'timer-transition')
            WHERE DUE_DATE_ IS NULL AND EXISTS (SELECT 1 FROM ACT_RU_JOB J
                WHERE J.EXECUTION_ID_ = ACT_RU_TASK.EXECUTION_ID_ AND J.HANDLER_TYPE_ = 'timer-transition'
                AND J.DUEDATE_ IS NOT NULL)""";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource data = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        try (Connection connection = data.getConnection();
                Statement statement = connection.createStatement()) {
            int updated = statement.executeUpdate(BACKFILL);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            if (updated > 0) {
                LOG.info("{} open task(s) created before due dates were kept got the due date of their timer", updated);
            }
        } catch (SQLException e) {
            LOG.warn("Open tasks without a due date were not given their timer's; new tasks get it", e);
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.onEveryUserTask(
                configuration,
                definition -> definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, FROM_TIMERS));
    }

    static void setDueDate(DelegateTask task) {
        if (task.getDueDate() != null || !(task.getExecution() instanceof ExecutionEntity execution)) {
            return;
        }
        Date earliest = null;
        for (ActivityImpl scope = execution.getActivity(); scope != null; scope = scope.getParentFlowScopeActivity()) {
            for (TimerDeclarationImpl timer : timersOn(scope)) {
                Date due = dueDateOf(timer, execution, task.getTaskDefinitionKey());
                if (due != null && (earliest == null || due.before(earliest))) {
                    earliest = due;
                }
            }
        }
        if (earliest != null) {
            task.setDueDate(earliest);
        }
    }

    private static List<TimerDeclarationImpl> timersOn(ActivityImpl scope) {
        Map<String, TimerDeclarationImpl> declared = TimerDeclarationImpl.getDeclarationsForScope(scope);
        return declared == null ? List.of() : List.copyOf(declared.values());
    }

    /** The date the engine gives the timer now; a throw-away job carries it, nothing is scheduled. */
    private static Date dueDateOf(TimerDeclarationImpl timer, ExecutionEntity execution, String taskKey) {
        if (timer.getActivity() == null
                || !BOUNDARY_TIMER.equals(timer.getActivity().getProperty("type"))) {
            return null;
        }
        try {
            TimerEntity probe = new TimerEntity();
            timer.resolveAndSetDuedate(execution, probe, false);
            return probe.getDuedate();
        } catch (RuntimeException e) {
            LOG.warn("No due date for task {} from timer {}: {}", taskKey, timer.getActivityId(), e.getMessage());
            return null;
        }
    }
}
