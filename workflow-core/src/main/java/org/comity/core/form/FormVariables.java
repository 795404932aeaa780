package org.comity.core.form;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Which of a form's values become process variables, and as which primitive type.
 *
 * <p>Only decision values reach the engine: choices, booleans, numbers and dates. Text fields
 * (reasons, names, descriptions) may carry personal data and would be copied into Camunda's history
 * forever, so they stay in Comity's own {@code task_submission} table. No value is ever stored as a
 * serialized object.
 */
public final class FormVariables {

    private FormVariables() {}

    public static VariableMap of(Record form) {
        VariableMap variables = Variables.createVariables();
        for (RecordComponent component : form.getClass().getRecordComponents()) {
            Object value = read(form, component);
            switch (FieldTypes.of(component)) {
                case TEXT, LONG_TEXT -> {
                    // deliberately kept out of the engine, see the class comment
                }
                case CHOICE ->
                    variables.putValueTyped(
                            component.getName(),
                            Variables.stringValue(value == null ? null : ((Enum<?>) value).name()));
                case MULTI_CHOICE ->
                    variables.putValueTyped(
                            component.getName(),
                            Variables.stringValue(
                                    value == null
                                            ? null
                                            : ((Collection<?>) value)
                                                    .stream()
                                                            .map(e -> ((Enum<?>) e).name())
                                                            .collect(Collectors.joining(","))));
                case DATE ->
                    variables.putValueTyped(
                            component.getName(), Variables.stringValue(value == null ? null : value.toString()));
                case DATE_TIME -> variables.putValueTyped(component.getName(), Variables.dateValue(toDate(value)));
                case DECIMAL ->
                    variables.putValueTyped(
                            component.getName(),
                            Variables.doubleValue(value == null ? null : ((BigDecimal) value).doubleValue()));
                case INTEGER ->
                    variables.putValueTyped(
                            component.getName(),
                            value instanceof Integer i ? Variables.integerValue(i) : Variables.longValue((Long) value));
                case BOOLEAN -> variables.putValueTyped(component.getName(), Variables.booleanValue((Boolean) value));
            }
        }
        return variables;
    }

    /** The form's values as plain JSON-friendly values, for Comity's submission record. */
    public static Map<String, Object> asPlainValues(Record form) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : form.getClass().getRecordComponents()) {
            Object value = read(form, component);
            values.put(
                    component.getName(),
                    value instanceof LocalDate || value instanceof OffsetDateTime || value instanceof Instant
                            ? value.toString()
                            : value);
        }
        return values;
    }

    private static Date toDate(Object value) {
        if (value == null) {
            return null;
        }
        return Date.from(value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value);
    }

    private static Object read(Record form, RecordComponent component) {
        try {
            return component.getAccessor().invoke(form);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }
}
