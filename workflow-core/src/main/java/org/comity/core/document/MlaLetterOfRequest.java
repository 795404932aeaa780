package org.comity.core.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.comity.core.text.Text;

/**
 * Letter of request for mutual legal assistance, with the harmonised fields of legal-domain.md
 * §4.1 (UNTOC 18(15), UNCAC 46(15), China ICJA Art. 13), every one the requesting state gave.
 *
 * @param factsSummary {@code null} only for a request to serve documents (UNCAC 46(15)(c))
 * @param deadline optional desired time limit, may be {@code null}
 * @param confidentiality {@code null} unless the requested state is asked to keep the request
 * confidential (UNTOC 18(20)); then every page is marked
 */
public record MlaLetterOfRequest(
        RequestingAuthority requestingAuthority,
        Proceedings proceedings,
        FreeText factsSummary,
        List<Offence> offences,
        Assistance assistance,
        List<Subject> personsConcerned,
        FreeText purpose,
        FreeText relevance,
        LocalDate deadline,
        FreeText urgencyReason,
        Confidentiality confidentiality,
        Languages languages)
        implements DocumentContent {

    public MlaLetterOfRequest {
        Objects.requireNonNull(requestingAuthority, "requestingAuthority");
        Objects.requireNonNull(proceedings, "proceedings");
        Objects.requireNonNull(assistance, "assistance");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(languages, "languages");
        offences = List.copyOf(offences);
        personsConcerned = List.copyOf(personsConcerned);
    }

    @Override
    public DocumentType type() {
        return DocumentType.MLA_LETTER_OF_REQUEST;
    }

    public boolean confidential() {
        return confidentiality != null;
    }

    /** The authority making the request and the officer to contact (UNTOC 18(15)(a)). */
    public record RequestingAuthority(FreeText name, FreeText contactName, String contactEmail, String contactPhone) {}

    /**
     * The proceedings the assistance serves (UNTOC 18(15)(b)).
     *
     * @param caseReference the requesting state's own reference
     */
    public record Proceedings(Text stage, String caseReference, Text legalBasis, boolean reciprocityUndertaken) {}

    /** An offence with its provision and maximum penalty in the requesting state's law. */
    public record Offence(FreeText description, FreeText legalProvision, Text maximumPenalty) {}

    /**
     * What is asked (UNTOC 18(15)(d)).
     *
     * @param particularProcedure {@code null} when none is asked for
     * @param summons {@code null} when the request serves none
     */
    public record Assistance(
            List<Text> types,
            FreeText detail,
            FreeText particularProcedure,
            Summons summons,
            boolean collectionByRequestingOfficials) {

        public Assistance {
            types = List.copyOf(types);
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** A summons to appear before the requesting state's court, to be served. */
    public record Summons(PersonName addressee, Text capacity, FreeText court, LocalDate hearingDate) {}

    /** Why the request is to be kept confidential. */
    public record Confidentiality(FreeText reasons) {}

    /**
     * The language the request is written in and the translations that accompany it (BCP-47 tags).
     */
    public record Languages(String writtenIn, List<String> translations) {

        public Languages {
            Objects.requireNonNull(writtenIn, "writtenIn");
            translations = List.copyOf(translations);
        }
    }
}
