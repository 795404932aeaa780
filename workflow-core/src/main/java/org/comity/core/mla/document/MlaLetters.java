package org.comity.core.mla.document;

import java.util.List;
import org.comity.core.document.FreeText;
import org.comity.core.document.MlaLetterOfRequest;
import org.comity.core.document.PersonName;
import org.comity.core.document.Subject;
import org.comity.core.law.PenaltyWording;
import org.comity.core.mla.request.MlaLegalBases;
import org.comity.core.mla.request.MlaLegalBasis;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.request.PersonConcerned;
import org.comity.core.mla.request.Summons;
import org.comity.core.person.PersonFacts;
import org.comity.core.text.Phrase;
import org.comity.core.text.Text;
import org.comity.core.validation.Texts;

/**
 * Writes the typed content of the letter of request from a stored request, with every field the
 * requesting state gave (legal-domain.md §4.1): authority and contact, proceedings with the case
 * reference and legal basis, facts (or why none are needed), offences with provisions and
 * penalties, each kind of assistance and the detail, procedure, summons, persons with their identity
 * documents and location, purpose, relevance, deadline with its reason, confidentiality and
 * languages. Free text is kept as written, in the language the request declares it is written in.
 */
public final class MlaLetters {

    private final MlaLegalBases legalBases;

    public MlaLetters(MlaLegalBases legalBases) {
        this.legalBases = legalBases;
    }

    /** The letter of request for {@code request} as stored. */
    public MlaLetterOfRequest letter(MlaRequest request) {
        MlaLegalBasis basis = legalBases.get(request.legalBasisId());
        String language = request.language();
        var authority = request.requestingAuthority();
        return new MlaLetterOfRequest(
                new MlaLetterOfRequest.RequestingAuthority(
                        written(authority.name(), language),
                        written(authority.contactName(), language),
                        authority.contactEmail(),
                        authority.contactPhone()),
                new MlaLetterOfRequest.Proceedings(
                        Phrase.of("mla.proceeding." + request.proceedingType().name()),
                        request.caseReference(),
                        Phrase.of("mla.legal-basis." + basis.id()),
                        request.reciprocityUndertaking()),
                written(request.factsSummary(), language),
                request.offences().stream()
                        .map(o -> new MlaLetterOfRequest.Offence(
                                written(o.description(), language),
                                written(o.legalProvision(), language),
                                PenaltyWording.of(o.maximumPenalty())))
                        .toList(),
                new MlaLetterOfRequest.Assistance(
                        request.assistanceTypes().stream()
                                .<Text>map(t -> Phrase.of("mla.assistance." + t.name()))
                                .toList(),
                        written(request.assistanceSought(), language),
                        written(request.particularProcedure(), language),
                        summons(request, language),
                        request.directCollectionByRequestingOfficials()),
                request.personsConcerned().stream()
                        .map(p -> subject(p, language))
                        .toList(),
                written(request.purpose(), language),
                written(request.relevance(), language),
                request.deadline(),
                written(request.urgencyReason(), language),
                request.confidential()
                        ? new MlaLetterOfRequest.Confidentiality(written(request.confidentialityReasons(), language))
                        : null,
                new MlaLetterOfRequest.Languages(language, request.translations()));
    }

    private static MlaLetterOfRequest.Summons summons(MlaRequest request, String language) {
        Summons summons = request.summons();
        if (summons == null) {
            return null;
        }
        PersonName addressee = request.summonsAddressee()
                .map(MlaLetters::name)
                .orElse(new PersonName("No. " + summons.addressee(), "No. " + summons.addressee()));
        return new MlaLetterOfRequest.Summons(
                addressee,
                Phrase.of("mla.summons-capacity." + summons.capacity().name()),
                written(summons.court(), language),
                summons.hearingDate());
    }

    static Subject subject(PersonConcerned person, String language) {
        return new Subject(
                name(person),
                List.of(),
                PersonFacts.onDocument(person.sex()),
                person.dateOfBirth(),
                person.nationalities(),
                PersonFacts.onDocument(person.identityDocuments()),
                written(person.location(), language),
                Phrase.of("mla.person-role." + person.role().name()));
    }

    private static PersonName name(PersonConcerned person) {
        String original =
                Texts.blank(person.nameInOriginalScript()) ? person.nameInLatinScript() : person.nameInOriginalScript();
        return new PersonName(original, person.nameInLatinScript());
    }

    private static FreeText written(String text, String language) {
        return FreeText.optional(text, language);
    }
}
