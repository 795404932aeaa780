package org.comity.web.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.web.TestClock;

/**
 * The bad-input catalogue of reliability-and-security.md §4 and issue #14 as JSON values, by the
 * kind of field they are sent to. Every value is invalid for every field of its kind, so that any
 * 2xx answer is an input accepted although invalid.
 */
final class BadInputs {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BadInputs() {}

    /** Bad values for a one-line text (names, references, places, authorities). */
    static Map<String, JsonNode> line() {
        Map<String, JsonNode> values = multiline();
        values.put("line feed", text("first\nsecond"));
        values.put("carriage return", text("first\rsecond"));
        return values;
    }

    /** Bad values for a multi-line text (facts, reasons, remarks). */
    static Map<String, JsonNode> multiline() {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("lone high surrogate", text("Wang \uD800 Wei"));
        values.put("lone low surrogate", text("Wang \uDC00"));
        values.put("NUL", text("Wang\u0000Wei"));
        values.put("BEL", text("Wang\u0007Wei"));
        values.put("DEL", text("Wang\u007FWei"));
        values.put("C1 NEL", text("Wang\u0085Wei"));
        values.put("ESC sequence", text("\u001B[31mWang"));
        values.put("TAB", text("Wang\tWei"));
        values.put("RLO (Trojan Source)", text("Wang\u202EieW"));
        values.put("LRE", text("\u202AWang"));
        values.put("isolates", text("\u2066Wang\u2069"));
        values.put("LRM", text("Wang\u200EWei"));
        values.put("RLM", text("Wang\u200FWei"));
        values.put("ALM", text("Wang\u061CWei"));
        values.put("zero-width space", text("Wang\u200BWei"));
        values.put("BOM", text("\uFEFFWang"));
        values.put("word joiner", text("Wang\u2060Wei"));
        values.put("soft hyphen", text("Wang\u00ADWei"));
        values.put("Mongolian vowel separator", text("Wang\u180EWei"));
        values.put("Hebrew script (no font)", text("דוד כהן"));
        values.put("Khmer script (no font)", text("សុខ សំណាង"));
        values.put("100,000 characters", text("A".repeat(100_000)));
        values.put("number", JSON.numberNode(0));
        values.put("boolean", JSON.booleanNode(true));
        values.put("object", JSON.objectNode().put("text", "Wang"));
        values.put("array", JSON.arrayNode().add("Wang"));
        return values;
    }

    /** Bad values for any date. */
    static Map<String, JsonNode> date() {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("epoch day number", JSON.numberNode(12345));
        values.put("year 0000", text("0000-01-01"));
        values.put("30 February", text("2025-02-30"));
        values.put("29 February of a common year", text("2023-02-29"));
        values.put("beyond PostgreSQL", text("+999999999-12-31"));
        values.put("basic format", text("20250101"));
        values.put("no leading zeros", text("2025-1-1"));
        values.put("day/month/year", text("01/02/2025"));
        values.put("date-time", text("2025-01-01T00:00:00Z"));
        values.put("array", JSON.arrayNode().add(2025).add(1).add(1));
        values.put("empty", text(""));
        values.put("boolean", JSON.booleanNode(true));
        values.put("fraction", JSON.numberNode(2.5));
        return values;
    }

    /** Bad values for a date of birth: every bad date, and implausible ones. */
    static Map<String, JsonNode> dateOfBirth() {
        Map<String, JsonNode> values = date();
        values.put("before 1900", text("1899-12-31"));
        values.put("Buddhist era", text("2533-05-17"));
        values.put("tomorrow", text(TestClock.todayInChina().plusDays(2).toString()));
        return values;
    }

    /** Bad values for a document's expiry: every bad date, and implausible ones. */
    static Map<String, JsonNode> expiry() {
        Map<String, JsonNode> values = date();
        values.remove("empty"); // an empty expiry is a document without one where the field is text
        values.put("before 1900", text("1899-12-31"));
        values.put("Buddhist era 2568", text("2568-01-01"));
        values.put("31 years ahead", text(TestClock.todayInChina().plusYears(31).toString()));
        return values;
    }

    /** Bad values for an option (enum). */
    static Map<String, JsonNode> option() {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("number 0", JSON.numberNode(0));
        values.put("number 1", JSON.numberNode(1));
        values.put("index as text", text("0"));
        values.put("empty", text(""));
        values.put("lower case", text("male"));
        values.put("unknown", text("OTHER_THING"));
        values.put("boolean", JSON.booleanNode(true));
        values.put("array", JSON.arrayNode().add("MALE"));
        return values;
    }

    /** Bad values for a whole number given as JSON. */
    static Map<String, JsonNode> number() {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("number as text", text("12"));
        values.put("decimal as text", text("12.0"));
        values.put("fraction", JSON.numberNode(12.5));
        values.put("boolean", JSON.booleanNode(true));
        values.put("empty", text(""));
        values.put("array", JSON.arrayNode().add(12));
        values.put("words", text("twelve"));
        values.put("negative", JSON.numberNode(-1));
        return values;
    }

    /** Bad values for a yes/no field given as JSON. */
    static Map<String, JsonNode> bool() {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("text true", text("true"));
        values.put("number 1", JSON.numberNode(1));
        values.put("number 0", JSON.numberNode(0));
        values.put("yes", text("yes"));
        values.put("empty", text(""));
        return values;
    }

    /**
     * Bad values for a whole-number field of a task form, where the number's digits as text are
     * valid (a page's form sends text): text that is no whole number, and JSON of other types.
     */
    static Map<String, JsonNode> formNumber() {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("letters", text("abc"));
        values.put("1e999 as text", text("1e999"));
        values.put("exponent as text", text("1e3"));
        values.put("decimal as text", text("1.5"));
        values.put("beyond int", text("99999999999"));
        values.put("hexadecimal", text("0x10"));
        values.put("full-width digits", text("\uFF11\uFF12"));
        values.put("yes", text("yes"));
        values.put("fraction", JSON.numberNode(1.5));
        values.put("1e999 as number", JSON.numberNode(new java.math.BigDecimal("1e999")));
        values.put("boolean", JSON.booleanNode(true));
        values.put("array", JSON.arrayNode().add(12));
        return values;
    }

    /** Bad values for a yes/no field of a task form, where {@code "true"} and {@code "false"} as text are valid. */
    static Map<String, JsonNode> formBool() {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("yes", text("yes"));
        values.put("no", text("no"));
        values.put("1 as text", text("1"));
        values.put("on", text("on"));
        values.put("letters", text("abc"));
        values.put("1e999 as text", text("1e999"));
        values.put("number 1", JSON.numberNode(1));
        values.put("number 0", JSON.numberNode(0));
        values.put("array", JSON.arrayNode().add(true));
        return values;
    }

    /**
     * One value of each kind of fault, for paths where each request costs a password check (task
     * forms are completed by officers signing in with HTTP Basic): the same rule is swept in full on
     * the JSON endpoints.
     */
    static Map<String, JsonNode> sample(Map<String, JsonNode> values) {
        List<String> kinds = List.of(
                "lone high surrogate",
                "NUL",
                "BEL",
                "DEL",
                "TAB",
                "RLO (Trojan Source)",
                "zero-width space",
                "BOM",
                "Hebrew script (no font)",
                "Khmer script (no font)",
                "100,000 characters",
                "number",
                "array",
                "number 0",
                "index as text",
                "empty",
                "unknown",
                "epoch day number",
                "year 0000",
                "30 February",
                "Buddhist era 2568",
                "31 years ahead",
                "before 1900",
                "date-time");
        Map<String, JsonNode> sample = new LinkedHashMap<>(values);
        sample.keySet().retainAll(kinds);
        return sample;
    }

    /** A list of {@code size} copies of {@code element}. */
    static JsonNode listOf(int size, JsonNode element) {
        var array = JSON.arrayNode();
        for (int i = 0; i < size; i++) {
            array.add(element.deepCopy());
        }
        return array;
    }

    /** Request bodies that are not well-formed UTF-8 JSON, each with its bytes. */
    static Map<String, byte[]> malformedBodies(byte[] valid, String duplicateKey) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("overlong UTF-8 '/'", inString(valid, 0xC0, 0xAF));
        bodies.put("overlong UTF-8 NUL", inString(valid, 0xC0, 0x80));
        bodies.put("lone continuation byte", inString(valid, 0x80));
        bodies.put("UTF-8 encoded surrogate", inString(valid, 0xED, 0xA0, 0x80));
        bodies.put("five-byte sequence", inString(valid, 0xF8, 0x88, 0x80, 0x80, 0x80));
        bodies.put("beyond U+10FFFF", inString(valid, 0xF4, 0x90, 0x80, 0x80));
        bodies.put("truncated sequence", inString(valid, 0xE4, 0xB8));
        bodies.put("Latin-1 declared UTF-8", inString(valid, 0xE9));
        bodies.put("truncated JSON", java.util.Arrays.copyOf(valid, valid.length / 2));
        bodies.put("trailing tokens", concat(valid, " {}".getBytes()));
        bodies.put("empty body", new byte[0]);
        bodies.put("JSON null", "null".getBytes());
        bodies.put("not JSON", "requestingState=CN".getBytes());
        bodies.put("deep nesting", ("{\"x\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}").getBytes());
        bodies.put("1000-digit number", ("{\"x\":" + "9".repeat(1_000) + "}").getBytes());
        bodies.put(
                "unknown field",
                concat("{\"isAdmin\":true,".getBytes(), java.util.Arrays.copyOfRange(valid, 1, valid.length)));
        bodies.put("duplicate key", duplicate(valid, duplicateKey));
        return bodies;
    }

    private static byte[] inString(byte[] valid, int... bytes) {
        String json = new String(valid, java.nio.charset.StandardCharsets.UTF_8);
        int quote = json.indexOf(":\"") + 2;
        byte[] head = json.substring(0, quote).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = json.substring(quote).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] middle = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            middle[i] = (byte) bytes[i];
        }
        return concat(concat(head, middle), tail);
    }

    /** The body with {@code key} given twice, once more in front ("{\"key\":\"X\", ...}"). */
    private static byte[] duplicate(byte[] valid, String key) {
        String json = new String(valid, java.nio.charset.StandardCharsets.UTF_8);
        int object = json.indexOf('{');
        return (json.substring(0, object + 1) + "\"" + key + "\":\"X\"," + json.substring(object + 1))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static JsonNode text(String value) {
        return JSON.textNode(value);
    }

    /** The names of the values, for a summary. */
    static List<String> names(Map<String, ?> values) {
        return new ArrayList<>(values.keySet());
    }
}
