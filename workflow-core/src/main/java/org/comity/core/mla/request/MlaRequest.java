package org.comity.core.mla.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.comity.core.intake.CaseRequest;
import org.comity.core.validation.Texts;
import org.comity.core.validation.VisibleText;

/**
 * A request for mutual legal assistance as the requesting state submits it, with the harmonised
 * field set of legal-domain.md §4.1 (UNTOC Art. 18(15), UNCAC Art. 46(15), China's ICJA Art. 13).
 * Field constraints are annotations; rules between fields (facts unless only service of documents,
 * deadline, summons, translation, confidentiality, legal basis) are checked by
 * {@code MlaRequestValidator}. Field paths in violations follow the component names, e.g.
 * {@code personsConcerned[1].dateOfBirth}. The three yes/no fields may be left out and then mean no.
 *
 * @param requestingState ISO 3166-1 alpha-2 code of the state that asks
 * @param requestedState ISO 3166-1 alpha-2 code of the state asked
 * @param requestingAuthority the authority making the request, with its contact officer
 * @param legalBasisId id of a registered MLA legal basis (a convention, a treaty or reciprocity)
 * @param reciprocityUndertaking the requesting state undertakes reciprocity (needed without a
 *     treaty, ICJA Art. 13 para. 2)
 * @param proceedingType the stage of the criminal matter
 * @param caseReference the requesting state's own reference of the case
 * @param assistanceTypes what is asked for, at least one
 * @param factsSummary summary of the facts; may be left out only for pure service of documents
 * @param offences the offences with their provisions and penalties
 * @param personsConcerned the persons named, where known
 * @param assistanceSought the assistance, evidence and any procedure in detail (e.g. which
 *     accounts, which numbers, what to ask the witness)
 * @param particularProcedure a procedure the requested state is asked to follow, if any (UNTOC
 *     18(15)(d), 18(17))
 * @param purpose what the evidence or act is for (UNTOC 18(15)(f))
 * @param relevance the link between the assistance and the case (required by China, ICJA 13(5))
 * @param deadline the date by which the requesting state needs the result, if any
 * @param urgencyReason why that date (UNTOC 18(24): deadlines "preferably with reasons")
 * @param confidential whether the requested state is asked to keep the fact and substance of the
 *     request confidential (UNTOC 18(20))
 * @param confidentialityReasons why
 * @param summons a summons to serve, if the request includes one
 * @param directCollectionByRequestingOfficials whether the requesting state's officials ask to
 *     collect the evidence themselves in the requested state
 * @param language BCP 47 tag of the language the request is written in
 * @param translations BCP 47 tags of the translations that accompany it
 */
public record MlaRequest(
        @NotNull(message = "{mla.required}") @Pattern(regexp = "[A-Z]{2}", message = "{mla.state.code}") @VisibleText
        String requestingState,

        @NotNull(message = "{mla.required}") @Pattern(regexp = "[A-Z]{2}", message = "{mla.state.code}") @VisibleText
        String requestedState,

        @NotNull(message = "{mla.required}") @Valid RequestingAuthority requestingAuthority,
        @NotBlank(message = "{mla.required}") @VisibleText String legalBasisId,
        Boolean reciprocityUndertaking,
        @NotNull(message = "{mla.required}") ProceedingType proceedingType,

        @NotBlank(message = "{mla.required}") @Size(max = 100) @VisibleText
        String caseReference,

        @Size(max = 20, message = "{comity.list.Size}")
        List<@NotNull(message = "{mla.required}") AssistanceType> assistanceTypes,

        @Size(max = 20000) @VisibleText(multiline = true) String factsSummary,

        @NotEmpty(message = "{mla.offences.required}") @Size(max = 50, message = "{comity.list.Size}")
        List<@NotNull(message = "{mla.required}") @Valid Offence> offences,

        @Size(max = 50, message = "{comity.list.Size}")
        List<@NotNull(message = "{mla.required}") @Valid PersonConcerned> personsConcerned,

        @NotBlank(message = "{mla.required}") @Size(max = 20000) @VisibleText(multiline = true)
        String assistanceSought,

        @Size(max = 8000) @VisibleText(multiline = true) String particularProcedure,

        @NotBlank(message = "{mla.required}") @Size(max = 4000) @VisibleText(multiline = true)
        String purpose,

        @Size(max = 4000) @VisibleText(multiline = true) String relevance,
        LocalDate deadline,
        @Size(max = 4000) @VisibleText(multiline = true) String urgencyReason,
        Boolean confidential,
        @Size(max = 4000) @VisibleText(multiline = true) String confidentialityReasons,
        @Valid Summons summons,
        Boolean directCollectionByRequestingOfficials,

        @NotNull(message = "{mla.required}")
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "{mla.language}")
        @VisibleText
        String language,

        @Size(max = 10, message = "{comity.list.Size}")
        List<
                        @NotNull(message = "{mla.required}")
                        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "{mla.language}") @VisibleText
                        String>
                translations)
        implements CaseRequest {

    public MlaRequest {
        reciprocityUndertaking = Boolean.TRUE.equals(reciprocityUndertaking);
        confidential = Boolean.TRUE.equals(confidential);
        directCollectionByRequestingOfficials = Boolean.TRUE.equals(directCollectionByRequestingOfficials);
        assistanceTypes = Texts.copy(assistanceTypes);
        offences = Texts.copy(offences);
        personsConcerned = Texts.copy(personsConcerned);
        translations = Texts.copy(translations);
        factsSummary = Texts.nfc(factsSummary);
        assistanceSought = Texts.nfc(assistanceSought);
    }

    /** Whether the request asks for nothing but the service of documents (UNCAC 46(15)(c)). */
    public boolean onlyServiceOfDocuments() {
        return !assistanceTypes.isEmpty()
                && assistanceTypes.stream().allMatch(type -> type == AssistanceType.SERVICE_OF_DOCUMENTS);
    }

    /** The person concerned a summons is addressed to, if there is a summons and its number names one. */
    public Optional<PersonConcerned> summonsAddressee() {
        if (summons == null || summons.addressee() == null) {
            return Optional.empty();
        }
        int index = summons.addresseeIndex();
        return index >= 0 && index < personsConcerned.size()
                ? Optional.ofNullable(personsConcerned.get(index))
                : Optional.empty();
    }

    /**
     * Whether a summons calls a national of the requested state to appear abroad as a defendant,
     * which China need not serve (ICJA Art. 22 para. 3; legal-domain.md §10 item 18).
     */
    public boolean summonsOfOwnNationalAsDefendant() {
        return summons != null
                && summons.capacity() == SummonsCapacity.DEFENDANT
                && summonsAddressee()
                        .filter(person -> person.isNationalOf(requestedState))
                        .isPresent();
    }

    /** Whether the request or one of its translations is in the given language (BCP 47 primary tag). */
    public boolean availableIn(String primaryLanguage) {
        return primary(language).equals(primaryLanguage)
                || translations.stream().anyMatch(tag -> primary(tag).equals(primaryLanguage));
    }

    private static String primary(String tag) {
        return tag == null ? "" : tag.split("-", 2)[0].toLowerCase(java.util.Locale.ROOT);
    }
}
