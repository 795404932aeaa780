package org.comity.core.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON columns of a case's own records (the request as submitted, the pre-check's warnings),
 * written and read with the application's {@link ObjectMapper}. Comity reads back only what it
 * wrote from a validated record, so a failure either way is a programming error, never bad input.
 */
public final class CaseJson {

    private final ObjectMapper mapper;

    public CaseJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code value} as JSON. */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A request is always JSON", e);
        }
    }

    /** The stored {@code json} as a {@code type}. */
    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored request is always readable", e);
        }
    }
}
