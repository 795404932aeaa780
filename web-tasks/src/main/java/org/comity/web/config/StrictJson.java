package org.comity.web.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.comity.core.validation.Texts;

/**
 * Strict reading of JSON bodies (reliability-and-security.md §4, issue #14): a value must have the
 * JSON type of its field. No scalar coercion (the string {@code "12"} is not a number, {@code 0}
 * is not a text, an enum or a boolean, {@code 12345} is not a date), no number for an enum, no
 * empty string for a value, no duplicate key. A date is an ISO calendar date {@code YYYY-MM-DD}
 * with a four-digit year from 1900 to 2199: anything else is a typing or calendar error (year
 * {@code 0000}, Buddhist era {@code 2568} is still inside, see {@code PlausibleDate} for the
 * narrower ranges of birth and expiry), or beyond PostgreSQL's date range. Every text is
 * NFC-normalised with its line breaks as LF, and Burmese typed in Zawgyi converted to Unicode
 * and noted with its JSON pointer ({@link Texts#nfc(String, String)}), as it is read, so that every
 * request record validates and stores the text as it will be compared and printed.
 */
final class StrictJson {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private StrictJson() {}

    static void configure(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.enable(
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(
                DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        refuse(
                mapper,
                LogicalType.Textual,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(
                mapper,
                LogicalType.Enum,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        refuse(
                mapper,
                LogicalType.Boolean,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        refuse(
                mapper,
                LogicalType.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Float, CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        refuse(
                mapper,
                LogicalType.DateTime,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        mapper.registerModule(new SimpleModule("comity-strict")
                .addDeserializer(String.class, new NfcText())
                .addDeserializer(LocalDate.class, new IsoDate()));
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Jackson's own text reading (with the coercion rules above), then {@link Texts#nfc}. */
    static final class NfcText extends StdScalarDeserializer<String> {

        NfcText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String field = p.getParsingContext().pathAsPointer().toString();
            return Texts.nfc(StringDeserializer.instance.deserialize(p, ctxt), field);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** Only a JSON string {@code YYYY-MM-DD} that is a real date from 1900 to 2199. */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (ISO_DATE.matcher(text).matches()) {
                try {
                    LocalDate date = LocalDate.parse(text);
                    if (!date.isBefore(EARLIEST) && !date.isAfter(LATEST)) {
                        return date;
                    }
                } catch (DateTimeParseException e) {
                    // reported below, as every other refused text
                }
            }
            return (LocalDate) ctxt.handleWeirdStringValue(
                    LocalDate.class, text, "must be a real date YYYY-MM-DD from %s to %s", EARLIEST, LATEST);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
