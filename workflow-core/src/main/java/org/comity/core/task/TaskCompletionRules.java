package org.comity.core.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The completion rules by the form they apply to: a completion runs the rules whose
 * {@link TaskCompletionRule#formType} the bound form is an instance of, in their order, and is refused
 * with every error they find together, so that an officer corrects all of them in one round. The rules
 * are resolved on first use (they depend on services that themselves complete tasks) and looked up per
 * form class once.
 */
@Component
class TaskCompletionRules {

    private final ObjectProvider<TaskCompletionRule<?>> provider;
    private final Map<Class<?>, List<TaskCompletionRule<?>>> byForm = new ConcurrentHashMap<>();
    private volatile List<TaskCompletionRule<?>> all;

    TaskCompletionRules(ObjectProvider<TaskCompletionRule<?>> provider) {
        this.provider = provider;
    }

    /** The rules that apply to a form of this class, in order. */
    List<TaskCompletionRule<?>> of(Class<? extends Record> formClass) {
        return byForm.computeIfAbsent(
                formClass,
                type -> rules().stream()
                        .filter(rule -> rule.formType().isAssignableFrom(type))
                        .toList());
    }

    /** Runs the rules of the form's class. */
    void check(Actor actor, Task task, String caseId, Record form) {
        List<FieldError> errors = new ArrayList<>();
        for (TaskCompletionRule<?> rule : of(form.getClass())) {
            try {
                run(rule, actor, task, caseId, form);
            } catch (InvalidInputException refused) {
                errors.addAll(refused.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static <F extends Record> void run(
            TaskCompletionRule<F> rule, Actor actor, Task task, String caseId, Record form) {
        rule.check(actor, task, caseId, rule.formType().cast(form));
    }

    private List<TaskCompletionRule<?>> rules() {
        if (all == null) {
            all = provider.orderedStream().toList();
        }
        return all;
    }
}
