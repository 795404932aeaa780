package org.comity.core.extradition.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.comity.core.validation.VisibleText;

/**
 * The arrest warrant or equivalent decision a request to prosecute rests on (S10 Art. 12(1)).
 *
 * @param issuingAuthority court or authority that issued it
 * @param date date of issue
 * @param reference the authority's reference
 */
public record Warrant(
        @NotBlank(message = "{extradition.required}") @VisibleText
        String issuingAuthority,

        @NotNull(message = "{extradition.required}") LocalDate date,

        @NotBlank(message = "{extradition.required}") @VisibleText
        String reference) {}
