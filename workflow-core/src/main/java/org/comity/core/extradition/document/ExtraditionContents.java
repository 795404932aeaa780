package org.comity.core.extradition.document;

import java.util.List;
import org.comity.core.document.BilingualText;
import org.comity.core.document.FreeText;
import org.comity.core.document.PersonName;
import org.comity.core.document.Subject;
import org.comity.core.extradition.legalbasis.LegalBasisRegistry;
import org.comity.core.extradition.request.Channel;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Judgment;
import org.comity.core.extradition.request.Offence;
import org.comity.core.extradition.request.Person;
import org.comity.core.extradition.request.Purpose;
import org.comity.core.extradition.request.Undertakings;
import org.comity.core.extradition.request.Urgency;
import org.comity.core.extradition.request.Warrant;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.law.PenaltyWording;
import org.comity.core.person.PersonFacts;
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
        return Subject.of(new PersonName(person.nameInOriginalScript(), person.nameInLatinScript()),
                person.aliases(), PersonFacts.onDocument(person.sex()), person.dateOfBirth(), person.nationalities(),
                PersonFacts.onDocument(person.identityDocuments()));
    }

    public org.comity.core.document.ExtraditionRequest request(ExtraditionRequest request) {
        var basis = legalBases.get(request.legalBasisId());
        String state = request.requestingState();
        return new org.comity.core.document.ExtraditionRequest(subject(request), purpose(request.purpose()),
                urgency(request.urgency()), channel(request.channel()), BilingualText.of(basis.titleEn(), basis.titleZh()),
                request.requestDate(), warrant(state, request.warrant()), judgment(state, request.judgment()),
                offences(request), writtenBy(state, request.factsSummary()), undertakings(request.undertakings()));
    }

    public List<org.comity.core.document.ExtraditionRequest.Offence> offences(ExtraditionRequest request) {
        String state = request.requestingState();
        return request.offences().stream().map(o -> offence(state, o)).toList();
    }

    private org.comity.core.document.ExtraditionRequest.Offence offence(String state, Offence offence) {
        return new org.comity.core.document.ExtraditionRequest.Offence(writtenBy(state, offence.description()),
                writtenBy(state, offence.provisionInRequestingLaw()), writtenBy(state, offence.provisionInRequestedLaw()),
                offence.dateFrom(), offence.dateTo(), writtenBy(state, offence.place()),
                PenaltyWording.of(offence.maximumPenalty()));
    }

    private org.comity.core.document.ExtraditionRequest.Warrant warrant(String state, Warrant warrant) {
        return warrant == null ? null : new org.comity.core.document.ExtraditionRequest.Warrant(
                writtenBy(state, warrant.issuingAuthority()), warrant.date(), warrant.reference());
    }

    private org.comity.core.document.ExtraditionRequest.Judgment judgment(String state, Judgment judgment) {
        return judgment == null ? null : new org.comity.core.document.ExtraditionRequest.Judgment(
                writtenBy(state, judgment.court()), judgment.date(), judgment.finalJudgment(), judgment.inAbsentia(),
                PenaltyWording.of(judgment.sentenceImposed()), PenaltyWording.of(judgment.remainingSentence()));
    }

    private static BilingualText purpose(Purpose purpose) {
        return switch (purpose) {
            case PROSECUTION -> BilingualText.of("Prosecution", "追究刑事责任");
            case ENFORCEMENT -> BilingualText.of("Enforcement of a sentence", "执行刑罚");
        };
    }

    private static BilingualText urgency(Urgency urgency) {
        return switch (urgency) {
            case ORDINARY -> BilingualText.of("Ordinary request", "普通请求");
            case PROVISIONAL_ARREST -> BilingualText.of("Provisional arrest requested first", "请求先行引渡拘留");
        };
    }

    private static BilingualText channel(Channel channel) {
        return switch (channel) {
            case DIPLOMATIC -> BilingualText.of("Diplomatic channel", "外交途径");
            case DESIGNATED_AUTHORITY -> BilingualText.of("Authority designated by the treaty", "条约指定的机关");
            case POLICE -> BilingualText.of("Directly to the police, in writing", "书面直接送交警察机关");
            case INTERPOL -> BilingualText.of("INTERPOL", "国际刑警组织");
        };
    }

    private static List<org.comity.core.document.ExtraditionRequest.Undertaking> undertakings(Undertakings given) {
        return List.of(
                undertaking("Speciality: no proceedings for other offences committed before surrender",
                        "特定性：不对引渡前的其他犯罪追究刑事责任", given.speciality()),
                undertaking("No re-extradition to a third state", "不将被引渡人再引渡给第三国", given.noReExtradition()),
                undertaking("Retrial in the person's presence", "在被请求引渡人在场的情况下重新审判",
                        given.retrialIfInAbsentia()),
                undertaking("Reciprocity", "互惠", given.reciprocity()),
                undertaking("The death penalty will not be imposed or carried out", "不判处或不执行死刑",
                        given.deathPenaltyAssurance()));
    }

    private static org.comity.core.document.ExtraditionRequest.Undertaking undertaking(String english, String chinese,
            boolean given) {
        return new org.comity.core.document.ExtraditionRequest.Undertaking(BilingualText.of(english, chinese), given);
    }
}
