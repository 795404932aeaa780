package org.comity.core.form;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Which Java types a form field may have and the field type each one becomes. Anything else is
 * refused when the form is registered, so that no arbitrary object type can reach the engine.
 */
final class FieldTypes {

    private FieldTypes() {}

    static FieldType of(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == String.class) {
            return component.isAnnotationPresent(LongText.class) ? FieldType.LONG_TEXT : FieldType.TEXT;
        }
        if (type == Boolean.class) {
            return FieldType.BOOLEAN;
        }
        if (type == Integer.class || type == Long.class) {
            return FieldType.INTEGER;
        }
        if (type == BigDecimal.class) {
            return FieldType.DECIMAL;
        }
        if (type == LocalDate.class) {
            return FieldType.DATE;
        }
        if (type == OffsetDateTime.class || type == Instant.class) {
            return FieldType.DATE_TIME;
        }
        if (type.isEnum()) {
            return FieldType.CHOICE;
        }
        if (Collection.class.isAssignableFrom(type) && elementType(component).isEnum()) {
            return FieldType.MULTI_CHOICE;
        }
        throw new IllegalStateException("Field " + component.getName() + " of "
                + component.getDeclaringRecord().getName() + " has a type a form cannot carry: "
                + component.getGenericType());
    }

    static List<FieldOption> options(RecordComponent component) {
        Class<?> enumType = component.getType().isEnum()
                ? component.getType()
                : Collection.class.isAssignableFrom(component.getType()) ? elementType(component) : null;
        if (enumType == null) {
            return null;
        }
        return Arrays.stream(enumType.getEnumConstants())
                .map(FieldTypes::option)
                .toList();
    }

    private static FieldOption option(Object constant) {
        Enum<?> option = (Enum<?>) constant;
        return new FieldOption(option.name(), new FormText(FormMessages.optionKey(option)));
    }

    static Class<?> elementType(RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
