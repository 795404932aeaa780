package org.comity.core.task;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comity.core.form.FormDefinition;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.FieldError;

/**
 * The rules of a bulk completion whose values differ per task ({@link PerTaskValue}): which fields
 * take one value per task, which values two tasks were given alike, and whether the chosen values
 * make the decision consequential ({@link ConsequentialChoice}). One place for them, so that the
 * bulk page and {@code POST /api/v1/tasks/bulk-complete} refuse the same things.
 */
public final class BulkRows {

    /** The prefix of a per-task field's name in errors: {@code valuesByTask.<taskId>.<field>}. */
    public static final String PREFIX = "valuesByTask.";

    private BulkRows() {}

    /** The fields of the form that take one value per task, in the form's order. */
    public static List<String> perTaskFields(FormDefinition<?> form) {
        return form.components().stream()
                .filter(c -> c.isAnnotationPresent(PerTaskValue.class))
                .map(RecordComponent::getName)
                .toList();
    }

    /**
     * Values of a {@link PerTaskValue#unique() unique} field given to more than one task, each with
     * the tasks that were given it, in the order of the tasks.
     *
     * @param valuesByTask each task's values (common and own merged), in the order of the tasks
     */
    public static List<Duplicate> duplicates(
            FormDefinition<?> form, Map<String, ? extends Map<String, ?>> valuesByTask) {
        List<Duplicate> duplicates = new ArrayList<>();
        for (RecordComponent field : form.components()) {
            PerTaskValue perTask = field.getAnnotation(PerTaskValue.class);
            if (perTask == null || !perTask.unique()) {
                continue;
            }
            Map<String, List<String>> tasksByValue = new LinkedHashMap<>();
            valuesByTask.forEach((taskId, values) -> {
                Object value = values == null ? null : values.get(field.getName());
                if (value != null && !value.toString().isBlank()) {
                    tasksByValue
                            .computeIfAbsent(value.toString().strip().toUpperCase(Locale.ROOT), v -> new ArrayList<>())
                            .add(taskId);
                }
            });
            tasksByValue.forEach((value, tasks) -> {
                if (tasks.size() > 1) {
                    duplicates.add(new Duplicate(field.getName(), value, List.copyOf(tasks)));
                }
            });
        }
        return duplicates;
    }

    /** The errors naming, for each task given a duplicate value, the field and the other tasks given it. */
    static List<FieldError> errors(List<Duplicate> duplicates) {
        List<FieldError> errors = new ArrayList<>();
        for (Duplicate d : duplicates) {
            for (String task : d.taskIds()) {
                List<String> others =
                        d.taskIds().stream().filter(t -> !t.equals(task)).toList();
                errors.add(new FieldError(
                        PREFIX + task + "." + d.field(),
                        "UniqueAcrossTasks",
                        "must differ from the value given for task " + String.join(", ", others)));
            }
        }
        return errors;
    }

    /**
     * Whether completing with these values has legal consequences: the form is consequential as a
     * whole, or a chosen option is a {@link ConsequentialChoice}.
     */
    public static boolean consequential(FormDefinition<?> form, Map<String, ?> values) {
        TaskForm task = form.type().getAnnotation(TaskForm.class);
        if (task != null && task.consequential()) {
            return true;
        }
        for (RecordComponent field : form.components()) {
            Object value = values.get(field.getName());
            if (value != null && field.getType().isEnum() && isConsequential(field.getType(), value.toString())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the form has an option that makes a decision consequential. */
    public static boolean hasConsequentialChoice(FormDefinition<?> form) {
        return form.components().stream().filter(c -> c.getType().isEnum()).anyMatch(c -> {
            for (Object constant : c.getType().getEnumConstants()) {
                if (isConsequential(c.getType(), ((Enum<?>) constant).name())) {
                    return true;
                }
            }
            return false;
        });
    }

    private static boolean isConsequential(Class<?> type, String name) {
        try {
            return type.getField(name).isAnnotationPresent(ConsequentialChoice.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /**
     * One value given to several tasks.
     *
     * @param value as compared: without surrounding spaces, in capitals
     */
    public record Duplicate(String field, String value, List<String> taskIds) {}
}
