package org.comity.web.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Sets one value at a path such as {@code person.aliases[0]} in a copy of a JSON body. */
final class JsonPaths {

    private JsonPaths() {}

    /** A copy of {@code body} with {@code value} at {@code path}; missing objects and elements are created. */
    static JsonNode with(JsonNode body, String path, JsonNode value) {
        JsonNode copy = body.deepCopy();
        String[] steps = path.replace("[", ".[").split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = child(parent, steps[i], steps[i + 1].startsWith("["));
        }
        set(parent, steps[steps.length - 1], value);
        return copy;
    }

    /** The name the API reports the field by: its last property name. */
    static String leaf(String path) {
        String[] names = path.replaceAll("\\[\\d+]", "").split("\\.");
        return names[names.length - 1];
    }

    private static JsonNode child(JsonNode parent, String step, boolean array) {
        JsonNode existing = get(parent, step);
        if (existing != null && !existing.isNull()) {
            return existing;
        }
        JsonNode created = array ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
        set(parent, step, created);
        return created;
    }

    private static JsonNode get(JsonNode parent, String step) {
        return step.startsWith("[") ? parent.get(index(step)) : parent.get(step);
    }

    private static void set(JsonNode parent, String step, JsonNode value) {
        if (step.startsWith("[")) {
            ArrayNode array = (ArrayNode) parent;
            int index = index(step);
            while (array.size() <= index) {
                array.add(JsonNodeFactory.instance.textNode("Xiao Wang"));
            }
            array.set(index, value);
        } else {
            ((ObjectNode) parent).set(step, value);
        }
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(1, step.length() - 1));
    }
}
