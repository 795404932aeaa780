package org.comity.core.form;

import java.util.List;
import java.util.Map;

/** A form's fields, in declaration order, as served by {@code GET /api/v1/tasks/{id}/form}. */
public record FormSchema(String formKey, FormText title, boolean consequential, List<FieldSchema> fields) {

    /** The same schema with each field's current value filled from the given values. */
    public FormSchema withValues(Map<String, ?> values) {
        return new FormSchema(
                formKey,
                title,
                consequential,
                fields.stream().map(f -> f.withValue(values.get(f.name()))).toList());
    }
}
