package org.comity.core.form;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.comity.core.validation.TextRule;
import org.comity.core.validation.VisibleText;

/**
 * Reads a form record's components and annotations into a {@link FormSchema}, so that the one
 * record drives the HTML form, the JSON schema and the server-side validation.
 */
final class SchemaReader {

    private SchemaReader() {}

    static FormSchema read(String formKey, Class<? extends Record> type) {
        Label title = type.getAnnotation(Label.class);
        String titleKey = title != null ? title.value() : FormMessages.formKey(type);
        List<FieldSchema> fields = Arrays.stream(type.getRecordComponents())
                .map(c -> field(formKey, c))
                .toList();
        return new FormSchema(
                formKey,
                labelled(formKey, "its title", titleKey),
                type.getAnnotation(TaskForm.class).consequential(),
                fields);
    }

    private static FieldSchema field(String formKey, RecordComponent component) {
        if (component.getType().isPrimitive()) {
            throw new IllegalStateException("Field " + component.getName() + " of form " + formKey
                    + " must use a wrapper type so that a missing value is told apart from a zero");
        }
        String what = "field " + component.getName();
        String key = labelKey(component);
        Hint hint = component.getAnnotation(Hint.class);
        FormText hintText = hint == null
                ? null
                : labelled(formKey, what + "'s hint", hint.value().isEmpty() ? key + ".hint" : hint.value());
        List<FieldOption> options = FieldTypes.options(component);
        if (options != null) {
            options.forEach(o ->
                    labelled(formKey, what + "'s option " + o.value(), o.label().key()));
        }
        return new FieldSchema(
                component.getName(),
                FieldTypes.of(component),
                required(component),
                labelled(formKey, what, key),
                hintText,
                constraints(component),
                options,
                null);
    }

    /** A field's label key: {@code form.<Form>.<field>}, or its explicit {@link Label}. */
    static String labelKey(RecordComponent component) {
        Label label = component.getAnnotation(Label.class);
        return label != null
                ? label.value()
                : FormMessages.formKey(component.getDeclaringRecord()) + "." + component.getName();
    }

    /**
     * The text of {@code key}, which the English bundle must have: a form with a text missing stops
     * the application from starting rather than showing an officer a key.
     */
    private static FormText labelled(String formKey, String what, String key) {
        if (!FormMessages.inEnglish(key)) {
            throw new IllegalStateException("Form " + formKey + ": " + what + " needs a label: the message " + key
                    + " is missing from the English bundle under " + FormMessages.LOCATION);
        }
        return new FormText(key);
    }

    private static boolean required(RecordComponent c) {
        return Required.by(field(c).getAnnotations());
    }

    /**
     * A Bean Validation annotation of a component. Their targets do not include record components,
     * so Java places them on the record's private field, which is also where the validator reads them.
     */
    static <A extends Annotation> A annotation(RecordComponent c, Class<A> type) {
        return field(c).getAnnotation(type);
    }

    private static java.lang.reflect.Field field(RecordComponent c) {
        try {
            return c.getDeclaringRecord().getDeclaredField(c.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("A record has a field for each component", e);
        }
    }

    private static boolean has(RecordComponent c, Class<? extends Annotation> type) {
        return annotation(c, type) != null;
    }

    private static FieldConstraints constraints(RecordComponent c) {
        Size size = annotation(c, Size.class);
        Min min = annotation(c, Min.class);
        Max max = annotation(c, Max.class);
        Pattern pattern = annotation(c, Pattern.class);
        VisibleText text = annotation(c, VisibleText.class);
        Integer maxLength = size == null || size.max() == Integer.MAX_VALUE ? null : size.max();
        if (text != null) {
            maxLength = maxLength == null ? TextRule.maxOf(text) : Math.min(maxLength, TextRule.maxOf(text));
        }
        FieldConstraints constraints = new FieldConstraints(
                size == null || size.min() == 0 ? null : size.min(),
                maxLength,
                min == null ? null : min.value(),
                max == null ? null : max.value(),
                pattern == null ? null : pattern.regexp(),
                temporal(c));
        return constraints.equals(FieldConstraints.NONE) ? null : constraints;
    }

    private static String temporal(RecordComponent c) {
        if (has(c, Past.class)) {
            return "past";
        }
        if (has(c, PastOrPresent.class)) {
            return "pastOrPresent";
        }
        if (has(c, Future.class)) {
            return "future";
        }
        return has(c, FutureOrPresent.class) ? "futureOrPresent" : null;
    }
}
