package org.comity.core.extradition.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.validation.VisibleText;

/**
 * The requesting state records a proceeding it means to bring against a surrendered person for an
 * offence committed before the surrender and not granted, and on what basis speciality allows it.
 *
 * @param offence the offence, as in an extradition request
 * @param proceeding prosecution, enforcement of a sentence or re-extradition
 * @param basis consent asked of the requested state, or the facts that end the protection
 * @param dischargedOn {@link SpecialityBasis#STAYED_AFTER_DISCHARGE}: the day the person was finally
 *     discharged (proceedings ended, sentence served or early release) and free to leave
 * @param stillPresentOn {@link SpecialityBasis#STAYED_AFTER_DISCHARGE}: a day on which the person was
 *     still in the requesting state
 * @param leftOn {@link SpecialityBasis#RETURNED_VOLUNTARILY}: the day the person left
 * @param returnedOn {@link SpecialityBasis#RETURNED_VOLUNTARILY}: the day the person came back
 */
public record ProceedingRequest(
        @NotNull @Valid LaterOffence offence,
        @NotNull ProceedingKind proceeding,
        @NotNull SpecialityBasis basis,
        LocalDate dischargedOn,
        LocalDate stillPresentOn,
        LocalDate leftOn,
        LocalDate returnedOn) {

    /**
     * @param description the conduct, in the requesting state's words
     * @param provisionInRequestingLaw the provision creating the offence
     * @param dateFrom first day of the conduct
     * @param dateTo last day of the conduct
     */
    public record LaterOffence(
            @NotBlank @Size(max = 2000) @VisibleText(max = 2000)
            String description,

            @NotBlank @Size(max = 500) @VisibleText(max = 500)
            String provisionInRequestingLaw,

            @NotNull LocalDate dateFrom,
            @NotNull LocalDate dateTo) {}
}
