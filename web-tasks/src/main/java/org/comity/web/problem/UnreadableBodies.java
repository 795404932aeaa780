package org.comity.web.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.comity.core.validation.FieldError;
import org.comity.web.config.BodyRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * The problem for a body that cannot be read: 413 when it passed the size limit while being read
 * (chunked), 400 when it is not UTF-8, breaks a structural limit or is not JSON, and 400 naming
 * the field and the rule when one value has the wrong JSON type ({@code Type}, e.g. a number for a
 * date or an enum) or is missing where a yes/no or a number is required ({@code NotNull}), is not a known field ({@code UnknownField}) or appears twice ({@code Duplicate}).
 */
final class UnreadableBodies {

    private UnreadableBodies() {}

    static ProblemDetail problem(HttpMessageNotReadableException e) {
        BodyRefusedException refused = find(e, BodyRefusedException.class);
        if (refused != null) {
            return refused.reason() == BodyRefusedException.Reason.TOO_LARGE
                    ? Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, refused.getMessage())
                    : Problems.of(
                            HttpStatus.BAD_REQUEST,
                            refused.getMessage(),
                            List.of(new FieldError("body", "Encoding", "must be well-formed UTF-8")));
        }
        if (find(e, StreamConstraintsException.class) != null) {
            return Problems.of(HttpStatus.BAD_REQUEST, "The JSON body exceeds a size or nesting limit");
        }
        JsonParseException parse = find(e, JsonParseException.class);
        if (parse != null && parse.getMessage() != null && parse.getMessage().startsWith("Duplicate field")) {
            return Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "The JSON body cannot be read",
                    List.of(new FieldError(duplicateName(parse), "Duplicate", "must appear only once")));
        }
        JsonMappingException mapping = find(e, JsonMappingException.class);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            return Problems.of(HttpStatus.BAD_REQUEST, "The JSON body cannot be read", List.of(fieldError(mapping)));
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "The request body is missing or is not valid JSON");
    }

    private static FieldError fieldError(JsonMappingException mapping) {
        String field = path(mapping);
        if (mapping instanceof UnrecognizedPropertyException) {
            return new FieldError(field, "UnknownField", "is not a known field");
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            // A yes/no or number that is missing reaches Jackson as null: it is required, not of the wrong type.
            if (type.isPrimitive() && mismatch.getOriginalMessage().startsWith("Cannot map `null`")) {
                return new FieldError(field, "NotNull", "is required: it " + expected(type));
            }
            return new FieldError(field, "Type", expected(type));
        }
        return new FieldError(
                field,
                mapping instanceof InvalidFormatException ? "Type" : "Malformed",
                "has a value of the wrong type");
    }

    /** What the field takes, in the words of the API documentation. */
    static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "must be a real date as a JSON string YYYY-MM-DD from 1900-01-01 to 2199-12-31";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date and time as a JSON string";
        }
        if (type.isEnum()) {
            return "must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", ", "[", "]"))
                    + " as a JSON string";
        }
        if (type == String.class) {
            return "must be a JSON string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a JSON number"
                    + (type == Integer.class || type == int.class || type == Long.class || type == long.class
                            ? " without a fraction"
                            : "");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a JSON array";
        }
        return "must be a JSON object";
    }

    private static String duplicateName(JsonParseException parse) {
        String message = parse.getOriginalMessage();
        int open = message.indexOf('\'');
        int close = message.indexOf('\'', open + 1);
        return open >= 0 && close > open ? message.substring(open + 1, close) : "body";
    }

    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
