package org.comity.core.repatriation.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.comity.core.validation.VisibleText;

/**
 * A joint operation as an agency or officer of the holding state opens it: name, the holding
 * state (that detains and hands over) and the receiving state, the regions covered, the call
 * centres raided (each in one of the regions), its dates, and optionally its first persons.
 */
public record OperationInput(
        @NotBlank @Size(max = 200) @VisibleText String name,
        @NotNull @Pattern(regexp = "[A-Z]{2}") @VisibleText String holdingState,
        @NotNull @Pattern(regexp = "[A-Z]{2}") @VisibleText String receivingState,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 100) @VisibleText String> regions,
        @NotEmpty @Size(max = 1000) List<@NotNull @Valid CallCentreInput> callCentres,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @Size(max = PersonInput.MAX_BATCH) List<PersonInput> persons) {

    /** A call centre raided during the operation, in one of the operation's regions. */
    public record CallCentreInput(
            @NotBlank @Size(max = 200) @VisibleText String name,
            @NotBlank @Size(max = 100) @VisibleText String region) {}
}
