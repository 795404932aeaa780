package org.comity.core.extradition.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.comity.core.law.PenaltyKind;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.VisibleText;

/**
 * The sentence a court of the requesting state imposed on the surrendered person.
 *
 * @param kind a term, life imprisonment or death
 * @param months the term in months, for {@link PenaltyKind#TERM} only
 * @param court the court that imposed it
 * @param imposedOn the day of the judgment, in the requesting state's zone
 */
public record SentenceRequest(
        @NotNull PenaltyKind kind,
        Integer months,
        @NotBlank @Size(max = 500) @VisibleText(max = 500) String court,
        @NotNull LocalDate imposedOn) {

    /** A term carries a positive number of months, life and death none (legal-domain.md §9 item 5). */
    public List<FieldError> shapeErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (kind == PenaltyKind.TERM && months == null) {
            errors.add(new FieldError("months", "NotNull", "must be given for a TERM"));
        } else if (kind == PenaltyKind.TERM && months <= 0) {
            errors.add(new FieldError("months", "Positive", "must be a term of at least one month"));
        } else if (kind != PenaltyKind.TERM && months != null) {
            errors.add(new FieldError("months", "NoMonthsForLifeOrDeath", "must be empty for " + kind));
        }
        return errors;
    }
}
