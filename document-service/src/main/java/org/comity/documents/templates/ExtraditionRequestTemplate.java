package org.comity.documents.templates;

import org.comity.core.document.ExtraditionRequest;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.wording.Words;

/**
 * Extradition request letter (引渡请求书), with the contents legal-domain.md §2.7 requires:
 * the person, purpose, urgency, channel and legal basis, the warrant (prosecution) or the judgment
 * (enforcement) it rests on, the offences with the provisions of both states' laws, dates, places
 * and penalties, the facts, and each undertaking (speciality, liability, reciprocity; §2.6.3).
 */
final class ExtraditionRequestTemplate implements Template<ExtraditionRequest> {

    @Override
    public Class<ExtraditionRequest> contentType() {
        return ExtraditionRequest.class;
    }

    @Override
    public void write(ExtraditionRequest request, DocumentComposer composer, Words words) {
        composer.paragraph(words.lines("extradition.request.opening"));
        SubjectSection.write("1. " + words.inline("heading.person-sought"), request.person(), composer, words);
        composer.heading("2. " + words.inline("heading.purpose-and-legal-basis"));
        composer.field(words.inline("label.purpose"), words.lines(request.purpose()));
        composer.field(words.inline("label.urgency"), words.lines(request.urgency()));
        composer.field(words.inline("label.channel"), words.lines(request.channel()));
        composer.field(words.inline("label.legal-basis"), words.lines(request.legalBasis()));
        composer.field(words.inline("label.date-of-the-request"), Wording.date(words, request.requestDate()));
        if (request.warrant() != null) {
            warrant(request.warrant(), composer, words);
        }
        if (request.judgment() != null) {
            judgment(request.judgment(), composer, words);
        }
        composer.heading("4. " + words.inline("heading.offences"));
        int number = 1;
        for (ExtraditionRequest.Offence offence : request.offences()) {
            offence(number++, offence, composer, words);
        }
        composer.heading("5. " + words.inline("heading.summary-of-facts"));
        composer.paragraph(Wording.written(words, request.factsSummary()));
        composer.heading("6. " + words.inline("heading.undertakings"));
        int item = 1;
        for (ExtraditionRequest.Undertaking undertaking : request.undertakings()) {
            composer.field(
                    words.inline("label.undertaking-numbered", item++),
                    words.lines(undertaking.wording()) + "\n"
                            + words.inline(
                                    undertaking.given() ? "value.undertaking-given" : "value.undertaking-not-given"));
        }
    }

    private static void warrant(ExtraditionRequest.Warrant warrant, DocumentComposer composer, Words words) {
        composer.heading("3. " + words.inline("heading.arrest-warrant"));
        composer.field(words.inline("label.issuing-authority"), Wording.written(words, warrant.issuingAuthority()));
        composer.field(words.inline("label.date-of-issue"), Wording.date(words, warrant.date()));
        composer.field(words.inline("label.reference"), warrant.reference());
    }

    private static void judgment(ExtraditionRequest.Judgment judgment, DocumentComposer composer, Words words) {
        composer.heading("3. " + words.inline("heading.judgment-to-be-enforced"));
        composer.field(words.inline("label.court-of-judgment"), Wording.written(words, judgment.court()));
        composer.field(words.inline("label.date-of-judgment"), Wording.date(words, judgment.date()));
        composer.field(words.inline("label.final-and-enforceable"), Wording.yesNo(words, judgment.finalJudgment()));
        composer.field(words.inline("label.given-in-absentia"), Wording.yesNo(words, judgment.inAbsentia()));
        composer.field(words.inline("label.sentence-imposed"), words.lines(judgment.sentenceImposed()));
        composer.field(
                words.inline("label.remaining-sentence"),
                judgment.remainingSentence() == null
                        ? words.inline("value.remaining-not-applicable")
                        : words.lines(judgment.remainingSentence()));
    }

    private static void offence(
            int number, ExtraditionRequest.Offence offence, DocumentComposer composer, Words words) {
        composer.field(words.inline("label.offence-numbered", number), Wording.written(words, offence.description()));
        composer.field(
                words.inline("label.provision-requesting-state"),
                Wording.written(words, offence.provisionInRequestingLaw()));
        composer.field(
                words.inline("label.provision-requested-state"),
                offence.provisionInRequestedLaw() == null
                        ? words.inline("value.provision-to-be-assessed")
                        : Wording.written(words, offence.provisionInRequestedLaw()));
        composer.field(
                words.inline("label.committed"),
                offence.dateFrom().equals(offence.dateTo())
                        ? Wording.date(words, offence.dateFrom())
                        : Wording.date(words, offence.dateFrom()) + " – " + Wording.date(words, offence.dateTo()));
        composer.field(words.inline("label.place"), Wording.written(words, offence.place()));
        composer.field(words.inline("label.maximum-penalty"), words.lines(offence.maximumPenalty()));
    }
}
