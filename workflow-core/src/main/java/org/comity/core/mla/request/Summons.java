package org.comity.core.mla.request;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.validation.VisibleText;

/**
 * A summons to appear before a court of the requesting state, to be served by the requested state
 * as a service of documents. The hearing date drives the three-month rule of ICJA Art. 22 para. 1
 * and the addressee's nationality and capacity the exception of para. 3 (legal-domain.md §4.2,
 * §10 item 18).
 *
 * @param addressee number of the addressee in the request's list of persons concerned (1 = first)
 * @param capacity witness, expert or defendant
 * @param court the court before which to appear
 * @param hearingDate the day of the hearing
 */
public record Summons(
        @NotNull(message = "{mla.required}") @Min(value = 1, message = "{mla.summons.addressee}")
        Integer addressee,

        @NotNull(message = "{mla.required}") SummonsCapacity capacity,

        @NotBlank(message = "{mla.required}") @Size(max = 300) @VisibleText(max = 300)
        String court,

        @NotNull(message = "{mla.required}") LocalDate hearingDate) {

    /** The addressee's position in the list of persons concerned, counted from 0. */
    public int addresseeIndex() {
        return addressee - 1;
    }
}
