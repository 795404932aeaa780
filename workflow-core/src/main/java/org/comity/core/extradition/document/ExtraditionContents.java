package org.comity.core.extradition.document;

import java.util.List;
import org.comity.core.document.FreeText;
import org.comity.core.document.PersonName;
import org.comity.core.document.Subject;
import org.comity.core.extradition.request.Channel;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Judgment;
import org.comity.core.extradition.request.LegalBasisRegistry;
import org.comity.core.extradition.request.Offence;
import org.comity.core.extradition.request.Person;
import org.comity.core.extradition.request.Purpose;
import org.comity.core.extradition.request.Undertakings;
import org.comity.core.extradition.request.Urgency;
import org.comity.core.extradition.request.Warrant;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.law.PenaltyWording;
import org.comity.core.person.PersonFacts;
import org.comity.core.text.Phrase;
import org.comity.core.text.Text;
import org.springframework.stereotype.Component;

/**
 * Turns a stored extradition request into the typed content of the documents that print it: the
 * person with every identifying fact, the request letter with the warrant or the judgment, each
 * offence and each undertaking (legal-domain.md §2.7). What the requesting state wrote is free text
 * in its language; what Comity words itself (purpose, channel, penalties) is fixed wording.
 */
@Component
class ExtraditionContents {

    private final LegalBasisRegistry legalBases;
    private final JurisdictionRegistry jurisdictions;

    ExtraditionContents(LegalBasisRegistry legalBases, JurisdictionRegistry jurisdictions) {
        this.legalBases = legalBases;
        this.jurisdictions = jurisdictions;
    }

    /** The language free text of {@code state}'s officers and agencies is written in (BCP-47). */
    public String languageOf(String state) {
        List<String> languages = jurisdictions.require(state).languages();
        return languages.isEmpty() ? "en" : languages.get(0);
    }

    /** Free text written by {@code state}'s side, or {@code null} when blank. */
    public FreeText writtenBy(String state, String text) {
        return FreeText.optional(text, languageOf(state));
    }

    public Subject subject(ExtraditionRequest request) {
        Person person = request.person();
        return Subject.of(
                new PersonName(person.nameInOriginalScript(), person.nameInLatinScript()),
                person.aliases(),
                PersonFacts.onDocument(person.sex()),
                person.dateOfBirth(),
                person.nationalities(),
                PersonFacts.onDocument(person.identityDocuments()));
    }

    public org.comity.core.document.ExtraditionRequest request(ExtraditionRequest request) {
        var basis = legalBases.get(request.legalBasisId());
        String state = request.requestingState();
        return new org.comity.core.document.ExtraditionRequest(
                subject(request),
                purpose(request.purpose()),
                urgency(request.urgency()),
                channel(request.channel()),
                Phrase.of("extradition.legal-basis." + basis.id()),
                request.requestDate(),
                warrant(state, request.warrant()),
                judgment(state, request.judgment()),
                offences(request),
                writtenBy(state, request.factsSummary()),
                undertakings(request.undertakings()));
    }

    public List<org.comity.core.document.ExtraditionRequest.Offence> offences(ExtraditionRequest request) {
        String state = request.requestingState();
        return request.offences().stream().map(o -> offence(state, o)).toList();
    }

    private org.comity.core.document.ExtraditionRequest.Offence offence(String state, Offence offence) {
        return new org.comity.core.document.ExtraditionRequest.Offence(
                writtenBy(state, offence.description()),
                writtenBy(state, offence.provisionInRequestingLaw()),
                writtenBy(state, offence.provisionInRequestedLaw()),
                offence.dateFrom(),
                offence.dateTo(),
                writtenBy(state, offence.place()),
                PenaltyWording.of(offence.maximumPenalty()));
    }

    private org.comity.core.document.ExtraditionRequest.Warrant warrant(String state, Warrant warrant) {
        return warrant == null
                ? null
                : new org.comity.core.document.ExtraditionRequest.Warrant(
                        writtenBy(state, warrant.issuingAuthority()), warrant.date(), warrant.reference());
    }

    private org.comity.core.document.ExtraditionRequest.Judgment judgment(String state, Judgment judgment) {
        return judgment == null
                ? null
                : new org.comity.core.document.ExtraditionRequest.Judgment(
                        writtenBy(state, judgment.court()),
                        judgment.date(),
                        judgment.finalJudgment(),
                        judgment.inAbsentia(),
                        PenaltyWording.of(judgment.sentenceImposed()),
                        PenaltyWording.of(judgment.remainingSentence()));
    }

    private static Text purpose(Purpose purpose) {
        return Phrase.of("extradition.purpose." + purpose.name());
    }

    private static Text urgency(Urgency urgency) {
        return Phrase.of("extradition.urgency." + urgency.name());
    }

    private static Text channel(Channel channel) {
        return Phrase.of("extradition.channel." + channel.name());
    }

    private static List<org.comity.core.document.ExtraditionRequest.Undertaking> undertakings(Undertakings given) {
        return List.of(
                undertaking("speciality", given.speciality()),
                undertaking("no-re-extradition", given.noReExtradition()),
                undertaking("retrial-in-presence", given.retrialIfInAbsentia()),
                undertaking("reciprocity", given.reciprocity()),
                undertaking("no-death-penalty", given.deathPenaltyAssurance()));
    }

    private static org.comity.core.document.ExtraditionRequest.Undertaking undertaking(String key, boolean given) {
        return new org.comity.core.document.ExtraditionRequest.Undertaking(
                Phrase.of("extradition.undertaking." + key), given);
    }
}
