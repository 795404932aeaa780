package org.comity.core.form;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The constraints of a field that a browser or client can check before submitting (they mirror the
 * Bean Validation annotations; the server checks them again regardless).
 *
 * @param temporal {@code past}, {@code pastOrPresent}, {@code future} or {@code futureOrPresent}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldConstraints(Integer minLength, Integer maxLength, Long min, Long max, String pattern,
        String temporal) {

    static final FieldConstraints NONE = new FieldConstraints(null, null, null, null, null, null);
}
