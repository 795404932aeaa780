package org.comity.core.repatriation.form;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.comity.core.form.Hint;
import org.comity.core.form.TaskForm;
import org.comity.core.task.PerTaskValue;
import org.comity.core.validation.PlausibleDate;
import org.comity.core.validation.VisibleText;

/**
 * The receiving state issues or confirms the travel document (legal-domain.md §5.3
 * {@code person.travelDocument}); the number is a strict ASCII identifier, one person's own: in a
 * bulk completion each person gets their own number and expiry, no two the same
 * ({@code rules.TravelDocumentNumberUnique} keeps it from another person's stored one).
 */
@TaskForm(IssueTravelDocumentForm.KEY)
public record IssueTravelDocumentForm(
        @NotNull TravelDocumentType travelDocumentType,

        @NotBlank @Pattern(regexp = "[A-Z0-9]{5,20}") @PerTaskValue(unique = true) @Hint @VisibleText
        String travelDocumentNumber,

        @NotNull @Future @PerTaskValue @PlausibleDate(yearsAhead = 30)
        LocalDate travelDocumentExpiry) {

    public static final String KEY = "RepatriationIssueTravelDocument";
}
