package org.comity.documents.templates;

import org.comity.core.document.FreeText;
import org.comity.core.document.SupplementaryInformationRequest;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.wording.Words;

/**
 * Request for supplementary material (legal-domain.md §2.8 step A5): what is missing, the time
 * limit, and what happens if nothing arrives.
 */
final class SupplementaryInformationTemplate implements Template<SupplementaryInformationRequest> {

    @Override
    public Class<SupplementaryInformationRequest> contentType() {
        return SupplementaryInformationRequest.class;
    }

    @Override
    public void write(SupplementaryInformationRequest request, DocumentComposer composer, Words words) {
        composer.field(words.inline("label.request-concerned"), request.requestReference());
        SubjectSection.write("1. " + words.inline("heading.person-concerned"), request.person(), composer, words);
        composer.heading("2. " + words.inline("heading.material-requested"));
        composer.paragraph(words.lines("extradition.supplementary.opening"));
        int number = 1;
        for (FreeText item : request.missingItems()) {
            composer.paragraph("(" + number++ + ") " + Wording.written(words, item));
        }
        composer.heading("3. " + words.inline("heading.time-limit"));
        composer.field(words.inline("label.supply-by"), Wording.date(words, request.deadline()));
        composer.field(words.inline("label.if-not-supplied"), words.lines(request.consequence()));
    }
}
