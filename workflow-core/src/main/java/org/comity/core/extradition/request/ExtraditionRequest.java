package org.comity.core.extradition.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.comity.core.intake.CaseRequest;
import org.comity.core.validation.Texts;
import org.comity.core.validation.VisibleText;

/**
 * An extradition request as the requesting state submits it (legal-domain.md §2.7). Field
 * constraints are annotations; rules between fields (warrant for prosecution, judgment for
 * enforcement, undertakings, chronology, legal basis) are checked by
 * {@code ExtraditionRequestValidator}. Field paths in violations follow the component names, e.g.
 * {@code offences[1].dateTo}.
 *
 * @param requestingState ISO 3166-1 alpha-2 code of the state that wants the person
 * @param requestedState ISO 3166-1 alpha-2 code of the state that has the person
 * @param purpose prosecution or enforcement of a sentence
 * @param urgency ordinary, or provisional arrest first
 * @param channel how the request is transmitted; police and INTERPOL may carry only a request
 *     for provisional arrest
 * @param legalBasisId id of a registered legal basis
 * @param person the person sought
 * @param offences at least one offence
 * @param warrant required for prosecution, absent for enforcement
 * @param judgment required for enforcement, absent for prosecution
 * @param undertakings undertakings and assurances given
 * @param requestDate date of the request, at which the remaining sentence is measured
 * @param factsSummary summary of the facts
 */
public record ExtraditionRequest(
        @NotNull(message = "{extradition.required}")
        @Pattern(regexp = "[A-Z]{2}", message = "{extradition.state.code}")
        @VisibleText
        String requestingState,

        @NotNull(message = "{extradition.required}")
        @Pattern(regexp = "[A-Z]{2}", message = "{extradition.state.code}")
        @VisibleText
        String requestedState,

        @NotNull(message = "{extradition.required}") Purpose purpose,
        @NotNull(message = "{extradition.required}") Urgency urgency,
        @NotNull(message = "{extradition.required}") Channel channel,

        @NotBlank(message = "{extradition.required}") @VisibleText
        String legalBasisId,

        @NotNull(message = "{extradition.required}") @Valid Person person,

        @NotEmpty(message = "{extradition.offences.required}") @Size(max = 50, message = "{comity.list.Size}")
        List<@NotNull(message = "{extradition.required}") @Valid Offence> offences,

        @Valid Warrant warrant,
        @Valid Judgment judgment,
        @NotNull(message = "{extradition.required}") Undertakings undertakings,
        @NotNull(message = "{extradition.required}") LocalDate requestDate,

        @NotBlank(message = "{extradition.required}") @VisibleText(multiline = true)
        String factsSummary)
        implements CaseRequest {

    public ExtraditionRequest {
        offences = Texts.copy(offences);
    }
}
