package org.comity.documents.templates;

import java.util.stream.Collectors;
import org.comity.core.document.MlaLetterOfRequest;
import org.comity.core.document.Subject;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.wording.Words;

/**
 * Letter of request for mutual legal assistance with the harmonised contents of legal-domain.md
 * §4.1 (UNTOC 18(15), UNCAC 46(15), ICJA Art. 13), in the order those provisions list them. A
 * confidential request opens with the request for confidentiality and its reasons (UNTOC 18(20));
 * the page header repeats the marking on every page.
 */
final class MlaLetterOfRequestTemplate implements Template<MlaLetterOfRequest> {

    @Override
    public Class<MlaLetterOfRequest> contentType() {
        return MlaLetterOfRequest.class;
    }

    @Override
    public void write(MlaLetterOfRequest request, DocumentComposer composer, Words words) {
        if (request.confidentiality() != null) {
            composer.paragraph(words.lines("mla.letter.confidential"));
            composer.field(
                    words.inline("label.reasons-for-confidentiality"),
                    Wording.written(words, request.confidentiality().reasons()));
        }
        authorityAndProceedings(request, composer, words);
        composer.heading("2. " + words.inline("heading.summary-of-facts"));
        composer.paragraph(
                request.factsSummary() == null
                        ? words.lines("mla.letter.facts-not-required")
                        : Wording.written(words, request.factsSummary()));
        composer.heading("3. " + words.inline("heading.offences-and-applicable-law"));
        int number = 1;
        for (MlaLetterOfRequest.Offence offence : request.offences()) {
            composer.field(
                    words.inline("label.mla-offence-numbered", number++),
                    Wording.written(words, offence.description()));
            composer.field(words.inline("label.legal-provision"), Wording.written(words, offence.legalProvision()));
            composer.field(words.inline("label.statutory-maximum-penalty"), words.lines(offence.maximumPenalty()));
        }
        assistance(request.assistance(), composer, words);
        composer.heading("5. " + words.inline("heading.purpose-relevance-and-time-limit"));
        composer.field(words.inline("label.purpose"), Wording.written(words, request.purpose()));
        composer.field(words.inline("label.relevance-to-the-case"), Wording.written(words, request.relevance()));
        composer.field(words.inline("label.desired-time-limit"), Wording.date(words, request.deadline()));
        composer.field(words.inline("label.reason-for-urgency"), Wording.written(words, request.urgencyReason()));
        composer.field(words.inline("label.confidentiality-requested"), Wording.yesNo(words, request.confidential()));
        composer.field(
                words.inline("label.language-of-the-request"),
                request.languages().writtenIn());
        composer.field(
                words.inline("label.translations-attached"),
                request.languages().translations().isEmpty()
                        ? words.inline("value.none")
                        : String.join(", ", request.languages().translations()));
        int person = 1;
        for (Subject subject : request.personsConcerned()) {
            SubjectSection.write(
                    "6." + person++ + " " + words.inline("heading.person-concerned-in-mla"), subject, composer, words);
        }
    }

    private static void authorityAndProceedings(MlaLetterOfRequest request, DocumentComposer composer, Words words) {
        MlaLetterOfRequest.RequestingAuthority authority = request.requestingAuthority();
        MlaLetterOfRequest.Proceedings proceedings = request.proceedings();
        composer.heading("1. " + words.inline("heading.requesting-authority-and-proceedings"));
        composer.field(words.inline("label.requesting-authority"), Wording.written(words, authority.name()));
        composer.field(words.inline("label.contact-officer"), Wording.written(words, authority.contactName()));
        composer.field(words.inline("label.contact-e-mail"), authority.contactEmail());
        composer.field(
                words.inline("label.contact-telephone"),
                authority.contactPhone() == null ? "—" : authority.contactPhone());
        composer.field(words.inline("label.stage-of-proceedings"), words.lines(proceedings.stage()));
        composer.field(words.inline("label.requesting-case-reference"), proceedings.caseReference());
        composer.field(words.inline("label.legal-basis"), words.lines(proceedings.legalBasis()));
        composer.field(
                words.inline("label.reciprocity-undertaken"),
                Wording.yesNo(words, proceedings.reciprocityUndertaken()));
    }

    private static void assistance(MlaLetterOfRequest.Assistance assistance, DocumentComposer composer, Words words) {
        composer.heading("4. " + words.inline("heading.assistance-sought"));
        composer.field(
                words.inline("label.kinds-of-assistance"),
                assistance.types().stream().map(words::inline).collect(Collectors.joining("\n")));
        composer.field(words.inline("label.assistance-in-detail"), Wording.written(words, assistance.detail()));
        composer.field(
                words.inline("label.particular-procedure"), Wording.written(words, assistance.particularProcedure()));
        if (assistance.summons() != null) {
            MlaLetterOfRequest.Summons summons = assistance.summons();
            composer.field(words.inline("label.summons-addressee"), Wording.name(summons.addressee()));
            composer.field(words.inline("label.summons-capacity"), words.inline(summons.capacity()));
            composer.field(words.inline("label.summons-court"), Wording.written(words, summons.court()));
            composer.field(words.inline("label.summons-hearing-date"), Wording.date(words, summons.hearingDate()));
        }
        composer.field(
                words.inline("label.evidence-taken-by-own-officials"),
                Wording.yesNo(words, assistance.collectionByRequestingOfficials()));
    }
}
