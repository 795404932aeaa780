package org.comity.core.form;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A registered form: its key, the record type that defines it and the schema derived from it.
 *
 * @param <F> the form record
 */
public record FormDefinition<F extends Record>(String formKey, Class<F> type, FormSchema schema) {

    public List<RecordComponent> components() {
        return Arrays.asList(type.getRecordComponents());
    }

    public Set<String> fieldNames() {
        return components().stream().map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
    }
}
