package org.comity.documents.integrity;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.comity.core.text.MultilingualText;

/**
 * A canonical text form of a document request: every record component as {@code name=value} in
 * declaration order, lists in order, strings quoted with {@code \} and {@code "} escaped, other
 * values by their ISO/{@code toString} form (dates, zones, UUIDs, enums, numbers), locales as
 * BCP-47 tags, a text in several languages as its quoted texts by language tag in order. It depends only
 * on the data, unlike {@code Record.toString()} whose format Java leaves unspecified.
 */
final class CanonicalForm {

    private CanonicalForm() {}

    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            out.append('"')
                    .append(text.toString().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        } else if (value instanceof Locale locale) {
            out.append(locale.toLanguageTag());
        } else if (value instanceof MultilingualText text) {
            appendTexts(out, text);
        } else if (value instanceof Record record) {
            appendRecord(out, record);
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            String separator = "";
            for (Object item : items) {
                out.append(separator);
                append(out, item);
                separator = ",";
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    /** A text by language, in its order: {@code MultilingualText{en="...",zh-Hans="..."}}. */
    private static void appendTexts(StringBuilder out, MultilingualText text) {
        out.append("MultilingualText{");
        String separator = "";
        for (Map.Entry<String, String> entry : text.asMap().entrySet()) {
            out.append(separator).append(entry.getKey()).append('=');
            append(out, entry.getValue());
            separator = ",";
        }
        out.append('}');
    }

    private static void appendRecord(StringBuilder out, Record record) {
        out.append(record.getClass().getSimpleName()).append('{');
        String separator = "";
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            out.append(separator).append(component.getName()).append('=');
            append(out, read(component, record));
            separator = ",";
        }
        out.append('}');
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException ex) {
            throw new IllegalStateException("Cannot read " + component, ex);
        }
    }
}
