package org.comity.core.task;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Completes many tasks with the same values, e.g. 200 confirmed nationalities. Each task goes
 * through {@link TaskWork#complete} on its own, in its own transaction, so that it is validated and
 * authorised exactly as a single completion, and one refused task does not stop the others.
 */
@Service
public class BulkCompletion {

    public static final int MAX_TASKS = 2_000;

    private final TaskWork work;

    BulkCompletion(TaskWork work) {
        this.work = work;
    }

    public BulkResult complete(Actor actor, List<String> taskIds, Map<String, ?> values) {
        return complete(actor, taskIds, values, Map.of());
    }

    /**
     * As {@link #complete(Actor, List, Map)}, with values that differ per task (e.g. each person's
     * travel document number) laid over the common values.
     */
    public BulkResult complete(Actor actor, List<String> taskIds, Map<String, ?> values,
            Map<String, ? extends Map<String, ?>> valuesByTask) {
        if (taskIds == null || taskIds.isEmpty() || taskIds.size() > MAX_TASKS) {
            throw new InvalidInputException(List.of(new FieldError("taskIds", "Size",
                    "must list between 1 and " + MAX_TASKS + " tasks")));
        }
        if (values == null) {
            throw new InvalidInputException(List.of(new FieldError("values", "NotNull", "must be the form's values")));
        }
        Map<String, ? extends Map<String, ?>> own = valuesByTask == null ? Map.of() : valuesByTask;
        List<BulkOutcome> outcomes = new ArrayList<>(taskIds.size());
        for (String taskId : new LinkedHashSet<>(taskIds)) {
            Map<String, Object> merged = new java.util.LinkedHashMap<>(values);
            if (own.get(taskId) != null) {
                merged.putAll(own.get(taskId));
            }
            outcomes.add(completeOne(actor, taskId, merged));
        }
        long completed = outcomes.stream().filter(o -> o.status() == 204).count();
        return new BulkResult(outcomes.size(), completed, outcomes.size() - completed, outcomes);
    }

    private BulkOutcome completeOne(Actor actor, String taskId, Map<String, ?> values) {
        try {
            work.complete(actor, taskId, values);
            return BulkOutcome.completed(taskId);
        } catch (InvalidInputException e) {
            return BulkOutcome.refused(taskId, 422, "The submitted values break one or more rules", e.errors());
        } catch (NotVisibleException e) {
            return BulkOutcome.refused(taskId, 404, "Task " + taskId + " not found", List.of());
        } catch (ForbiddenException e) {
            return BulkOutcome.refused(taskId, 403, e.getMessage(), List.of());
        } catch (ConflictException | org.springframework.dao.DataIntegrityViolationException
                | org.camunda.bpm.engine.OptimisticLockingException e) {
            return BulkOutcome.refused(taskId, 409, "The task was completed or claimed by someone else", List.of());
        }
    }
}
