package org.comity.core.validation;

import java.util.List;

/**
 * Everything wrong with a request: errors make it invalid (HTTP 422), warnings are recorded for
 * the reviewing officer.
 *
 * @param errors violations that block the request
 * @param warnings findings that do not block it
 */
public record ValidationReport(List<FieldError> errors, List<FieldError> warnings) {

    public ValidationReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Whether the request has no errors (warnings allowed). */
    public boolean isValid() {
        return errors.isEmpty();
    }
}
