package org.comity.core.form;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One field of a form as the tasklist and API clients see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldSchema(
        String name,
        FieldType type,
        boolean required,
        FormText label,
        FormText hint,
        FieldConstraints constraints,
        List<FieldOption> options,
        Object value) {

    FieldSchema withValue(Object newValue) {
        return new FieldSchema(name, type, required, label, hint, constraints, options, newValue);
    }
}
