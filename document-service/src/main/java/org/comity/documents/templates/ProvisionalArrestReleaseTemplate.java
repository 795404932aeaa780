package org.comity.documents.templates;

import org.comity.core.document.ProvisionalArrestReleaseNotice;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.wording.Words;

/**
 * Release order after provisional arrest (legal-domain.md §2.8 step A19, §7.4): the person must be
 * released when the formal request has not arrived within the period the legal basis allows.
 */
final class ProvisionalArrestReleaseTemplate implements Template<ProvisionalArrestReleaseNotice> {

    @Override
    public Class<ProvisionalArrestReleaseNotice> contentType() {
        return ProvisionalArrestReleaseNotice.class;
    }

    @Override
    public void write(ProvisionalArrestReleaseNotice notice, DocumentComposer composer, Words words) {
        SubjectSection.write("1. " + words.inline("heading.person-released"), notice.person(), composer, words);
        composer.heading("2. " + words.inline("heading.provisional-arrest"));
        composer.field(words.inline("label.arrested-at"), Wording.dateTime(notice.arrestedAt()));
        composer.field(words.inline("label.place-of-detention"), Wording.written(words, notice.placeOfDetention()));
        composer.field(words.inline("label.period-allowed"), words.inline("value.days", notice.periodDays()));
        composer.field(words.inline("label.released-at"), Wording.dateTime(notice.releasedAt()));
        if (notice.remarks() != null) {
            composer.field(words.inline("label.remarks"), Wording.written(words, notice.remarks()));
        }
        composer.heading("3. " + words.inline("heading.ground-for-release"));
        composer.paragraph(words.lines(notice.ground()));
        composer.paragraph(words.lines("extradition.release.order"));
    }
}
