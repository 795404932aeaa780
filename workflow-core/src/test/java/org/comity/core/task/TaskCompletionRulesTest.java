package org.comity.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A completion runs the rules of its form's class only, each with the form typed as it declared; a
 * rule on {@code Record} runs on every form; the errors of all rules of a form are reported together.
 */
class TaskCompletionRulesTest {

    private static final Actor OFFICER = Actor.person("cn.officer", Role.OFFICER, "CN");

    record ReviewForm(String decision) {}

    record OtherForm(int days) {}

    private final List<String> ran = new ArrayList<>();

    @Test
    void runsOnlyTheRulesOfTheBoundFormsClass() {
        TaskCompletionRules rules = rules(rule(ReviewForm.class, "review", null), rule(OtherForm.class, "other", null));
        rules.check(OFFICER, null, "case", new OtherForm(3));
        assertThat(ran).containsExactly("other");
        assertThat(rules.of(ReviewForm.class)).hasSize(1);
    }

    @Test
    void aRuleOnRecordAppliesToEveryForm() {
        TaskCompletionRules rules =
                rules(rule(Record.class, "every form", null), rule(ReviewForm.class, "reviews", null));
        rules.check(OFFICER, null, "case", new ReviewForm("APPROVE"));
        rules.check(OFFICER, null, "case", new OtherForm(1));
        assertThat(ran).containsExactly("every form", "reviews", "every form");
    }

    @Test
    void reportsTheErrorsOfAllRulesOfTheFormTogether() {
        TaskCompletionRules rules = rules(
                rule(ReviewForm.class, "four-eyes", "reviewDecision"),
                rule(ReviewForm.class, "grounds", "decision"),
                rule(OtherForm.class, "other", "days"));
        assertThatThrownBy(() -> rules.check(OFFICER, null, "case", new ReviewForm("APPROVE")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("reviewDecision", "decision"));
        assertThatCode(() -> rules(rule(OtherForm.class, "other", null))
                        .check(OFFICER, null, "case", new ReviewForm("APPROVE")))
                .as("no rule of the form")
                .doesNotThrowAnyException();
    }

    private <F extends Record> TaskCompletionRule<F> rule(Class<F> type, String name, String failingField) {
        return new TaskCompletionRule<>() {
            @Override
            public Class<F> formType() {
                return type;
            }

            @Override
            public void check(Actor actor, Task task, String caseId, F form) {
                ran.add(name);
                if (failingField != null) {
                    throw new InvalidInputException(List.of(new FieldError(failingField, "Rule", name)));
                }
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TaskCompletionRules rules(TaskCompletionRule<?>... rules) {
        ObjectProvider provider = new ObjectProvider<TaskCompletionRule<?>>() {
            @Override
            public TaskCompletionRule<?> getObject(Object... args) {
                throw new UnsupportedOperationException();
            }

            @Override
            public TaskCompletionRule<?> getIfAvailable() {
                throw new UnsupportedOperationException();
            }

            @Override
            public TaskCompletionRule<?> getIfUnique() {
                throw new UnsupportedOperationException();
            }

            @Override
            public TaskCompletionRule<?> getObject() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Stream<TaskCompletionRule<?>> orderedStream() {
                return Stream.of(rules);
            }
        };
        return new TaskCompletionRules(provider);
    }
}
