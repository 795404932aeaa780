package org.comity.core.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.comity.core.text.Text;

/**
 * Extradition request letter (引渡请求书, legal-domain.md §2.7–2.8, step A4), with every fact the
 * requesting state submitted: a request to prosecute rests on a warrant, a request to enforce a
 * sentence on a judgment (S10 Art. 12(1)); exactly one of them is present.
 *
 * @param purpose prosecution or enforcement of a sentence
 * @param urgency ordinary, or provisional arrest first
 * @param channel how the request is transmitted
 * @param legalBasis treaty, convention or reciprocity relied on
 * @param requestDate the date of the request, at which the remaining sentence is measured
 * @param warrant for prosecution, otherwise {@code null}
 * @param judgment for enforcement, otherwise {@code null}
 * @param undertakings each undertaking the form offers, given or not
 */
public record ExtraditionRequest(
        Subject person,
        Text purpose,
        Text urgency,
        Text channel,
        Text legalBasis,
        LocalDate requestDate,
        Warrant warrant,
        Judgment judgment,
        List<Offence> offences,
        FreeText factsSummary,
        List<Undertaking> undertakings)
        implements DocumentContent {

    public ExtraditionRequest {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(factsSummary, "factsSummary");
        offences = List.copyOf(offences);
        undertakings = List.copyOf(undertakings);
        if ((warrant == null) == (judgment == null)) {
            throw new IllegalArgumentException("a request rests on a warrant or on a judgment, not both or neither");
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.EXTRADITION_REQUEST;
    }

    /** The arrest warrant or equivalent decision a request to prosecute rests on. */
    public record Warrant(FreeText issuingAuthority, LocalDate date, String reference) {}

    /**
     * The judgment a request to enforce a sentence rests on.
     *
     * @param remainingSentence still to serve at the request date; {@code null} for life or death
     */
    public record Judgment(
            FreeText court,
            LocalDate date,
            boolean finalJudgment,
            boolean inAbsentia,
            Text sentenceImposed,
            Text remainingSentence) {}

    /**
     * One offence with the provisions that define it and its maximum penalty.
     *
     * @param provisionInRequestedLaw the matching provision of the requested state's law, {@code null} if not given
     */
    public record Offence(
            FreeText description,
            FreeText provisionInRequestingLaw,
            FreeText provisionInRequestedLaw,
            LocalDate dateFrom,
            LocalDate dateTo,
            FreeText place,
            Text maximumPenalty) {}

    /** An undertaking the requesting state may give, and whether it gave it. */
    public record Undertaking(Text wording, boolean given) {}
}
