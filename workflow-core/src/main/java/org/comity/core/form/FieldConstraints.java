package org.comity.core.form;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * The constraints of a field that a browser or client can check before submitting (they mirror the
 * Bean Validation annotations; the server checks them again regardless).
 *
 * @param temporal {@code past}, {@code pastOrPresent}, {@code future} or {@code futureOrPresent}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldConstraints(
        Integer minLength, Integer maxLength, Long min, Long max, String pattern, String temporal) {

    static final FieldConstraints NONE = new FieldConstraints(null, null, null, null, null, null);

    /**
     * The latest date a date field accepts when it is {@code today} in the state performing the act
     * (the browser's {@code max}); {@code null} if the field has no upper limit or no day is given.
     */
    public LocalDate latestDate(LocalDate today) {
        if (today == null || temporal == null) {
            return null;
        }
        return switch (temporal) {
            case "past" -> today.minusDays(1);
            case "pastOrPresent" -> today;
            default -> null;
        };
    }

    /** The earliest date a date field accepts on {@code today} (the browser's {@code min}); {@code null} if unbounded. */
    public LocalDate earliestDate(LocalDate today) {
        if (today == null || temporal == null) {
            return null;
        }
        return switch (temporal) {
            case "future" -> today.plusDays(1);
            case "futureOrPresent" -> today;
            default -> null;
        };
    }
}
