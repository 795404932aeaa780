package org.comity.documents.templates;

import org.comity.core.document.MlaPostponementNotice;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.wording.Words;

/**
 * Notice of postponement of mutual legal assistance (UNTOC Art. 18(25); ICJA Art. 16 para. 2): the
 * request postponed, until when, and the reasons, i.e. the ongoing investigation, prosecution or
 * judicial proceeding execution would interfere with.
 */
final class MlaPostponementNoticeTemplate implements Template<MlaPostponementNotice> {

    @Override
    public Class<MlaPostponementNotice> contentType() {
        return MlaPostponementNotice.class;
    }

    @Override
    public void write(MlaPostponementNotice notice, DocumentComposer composer, Words words) {
        composer.heading("1. " + words.inline("heading.request"));
        composer.field(words.inline("label.request"), notice.requestReference());
        composer.field(words.inline("label.decision"), words.inline("mla.postponement.decision"));
        composer.field(words.inline("label.execution-postponed-until"), Wording.date(words, notice.postponedUntil()));
        composer.paragraph(words.lines("mla.postponement.ground"));
        composer.heading("2. " + words.inline("heading.reasons-of-notice"));
        composer.paragraph(Wording.written(words, notice.reasons()));
    }
}
