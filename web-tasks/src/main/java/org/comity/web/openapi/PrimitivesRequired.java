package org.comity.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Marks a record's yes/no and number components of a primitive type as required: a body without
 * them is refused ({@code NotNull}, "is required"), so a client generated from the contract must
 * not treat them as optional.
 */
final class PrimitivesRequired implements OpenApiCustomizer {

    private final SchemaNames names;

    PrimitivesRequired(SchemaNames names) {
        this.names = names;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        for (Map.Entry<String, Schema> schema : api.getComponents().getSchemas().entrySet()) {
            names.typeNamed(schema.getKey())
                    .filter(Class::isRecord)
                    .ifPresent(type -> require(schema.getValue(), type));
        }
    }

    private static void require(Schema<?> schema, Class<?> record) {
        List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        for (var component : record.getRecordComponents()) {
            if (component.getType().isPrimitive()
                    && !required.contains(component.getName())
                    && schema.getProperties() != null
                    && schema.getProperties().containsKey(component.getName())) {
                required.add(component.getName());
            }
        }
        schema.setRequired(required.stream().sorted().toList());
    }
}
