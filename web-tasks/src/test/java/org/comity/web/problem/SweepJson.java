package org.comity.web.problem;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

/** The JSON and CSV the bad-input sweep builds its requests from. */
final class SweepJson {

    /** Sent with non-ASCII escaped, so that a lone surrogate travels as the JSON escape {@code \uD800}. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .findAndAddModules()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private SweepJson() {}

    static ObjectNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    static JsonNode txt(String text) {
        return JSON.getNodeFactory().textNode(text);
    }

    static JsonNode number(long value) {
        return JSON.getNodeFactory().numberNode(value);
    }

    static ObjectNode obj(String... keysAndValues) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return node;
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the body's first text field (of its first element for a batch), to send twice. */
    static String firstTextField(ObjectNode node) {
        ObjectNode object = node.has("batch") ? (ObjectNode) node.get("batch").get(0) : node;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (object.get(name).isTextual()) {
                return name;
            }
        }
        throw new IllegalStateException("no text field in " + node);
    }

    /** One CSV row, every cell quoted. */
    static String csvRow(List<String> cells) {
        StringBuilder row = new StringBuilder();
        for (String cell : cells) {
            row.append(row.isEmpty() ? "" : ",")
                    .append('"')
                    .append(cell.replace("\"", "\"\""))
                    .append('"');
        }
        return row.append('\n').toString();
    }
}
