package org.comity.web.wizard;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import org.comity.core.form.Required;

/**
 * Reads a wizard field's path in the request model ({@code person.nationalities[0]},
 * {@code offences[0].maximumPenalty.kind}) to find the Bean Validation annotations on it, so that
 * the required marks follow the model by the same rule as a task form's ({@link Required}). A path
 * that does not exist in the model is a programming error and stops the application at start-up,
 * not an officer at step 4.
 */
final class ModelPaths {

    private ModelPaths() {}

    /**
     * The steps with each field's {@code required} read from {@code model}. A slot of a list in a
     * row (a person's second nationality) is optional as a whole, so none of its fields is marked.
     */
    static List<WizardStep> resolve(Class<?> model, List<WizardStep> steps) {
        List<WizardStep> resolved = new ArrayList<>();
        for (WizardStep step : steps) {
            List<WizardPart> parts = new ArrayList<>();
            for (WizardPart part : step.parts()) {
                if (part instanceof WizardRows rows) {
                    // A list inside a row is optional row by row: its paths are checked, its fields not marked.
                    rows.lists()
                            .forEach(inner -> rows.in(0, inner)
                                    .fields()
                                    .forEach(field ->
                                            required(model, rows.in(0, inner).path(0, field))));
                    parts.add(rows.withFields(rows.fields().stream()
                            .map(field -> field.slot() ? field : field.required(required(model, rows.path(0, field))))
                            .toList()));
                } else {
                    WizardField field = (WizardField) part;
                    parts.add(field.inModel() ? field.required(required(model, field.name())) : field);
                }
            }
            resolved.add(step.withParts(parts));
        }
        return resolved;
    }

    /** Whether the model requires a value at {@code path}. */
    static boolean required(Class<?> model, String path) {
        return Required.by(annotations(model, path));
    }

    private static Annotation[] annotations(Class<?> model, String path) {
        Class<?> type = model;
        Annotation[] annotations = new Annotation[0];
        for (String segment : path.split("\\.")) {
            boolean element = segment.endsWith("]");
            String name = element ? segment.substring(0, segment.indexOf('[')) : segment;
            Field field = field(type, name, path);
            AnnotatedType annotated = field.getAnnotatedType();
            annotations = field.getAnnotations();
            if (element) {
                if (!(annotated instanceof AnnotatedParameterizedType list)) {
                    throw new IllegalStateException(path + ": " + name + " is not a list");
                }
                annotated = list.getAnnotatedActualTypeArguments()[0];
                annotations = annotated.getAnnotations();
            }
            type = raw(annotated);
        }
        return annotations;
    }

    private static Field field(Class<?> type, String name, String path) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(
                    "The wizard names " + path + ", which " + type.getSimpleName() + " does not have", e);
        }
    }

    private static Class<?> raw(AnnotatedType annotated) {
        return annotated.getType() instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : (Class<?>) annotated.getType();
    }
}
