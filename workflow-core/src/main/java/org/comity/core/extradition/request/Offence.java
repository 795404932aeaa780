package org.comity.core.extradition.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.comity.core.law.Penalty;
import org.comity.core.validation.VisibleText;

/**
 * One offence of the request (S10 Art. 11(3)–(4); legal-domain.md §2.7). The requested state's
 * provision may be blank when the request is made: the requested state's officer assesses it.
 *
 * @param description conduct and result, in the requesting state's words
 * @param provisionInRequestingLaw the provision creating the offence and its penalty, e.g.
 *     "Penal Code s. 420"
 * @param provisionInRequestedLaw the matching provision of the requested state's law, if known
 * @param dateFrom first day of the conduct
 * @param dateTo last day of the conduct (equal to {@code dateFrom} for a single act)
 * @param place where the offence was committed
 * @param maximumPenalty maximum penalty in the requesting state's law
 */
public record Offence(
        @NotBlank(message = "{extradition.required}") @VisibleText(multiline = true)
        String description,

        @NotBlank(message = "{extradition.required}") @VisibleText
        String provisionInRequestingLaw,

        @VisibleText String provisionInRequestedLaw,
        @NotNull(message = "{extradition.required}") LocalDate dateFrom,
        @NotNull(message = "{extradition.required}") LocalDate dateTo,

        @NotBlank(message = "{extradition.required}") @VisibleText
        String place,

        @NotNull(message = "{extradition.required}") @Valid Penalty maximumPenalty) {}
