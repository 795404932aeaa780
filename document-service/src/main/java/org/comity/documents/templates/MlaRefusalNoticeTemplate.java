package org.comity.documents.templates;

import org.comity.core.document.MlaRefusalNotice;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.wording.Words;

/**
 * Notice of refusal of mutual legal assistance: the request refused, each ground cited (UNTOC Art.
 * 18(21); ICJA Art. 14) and the reasons (UNTOC Art. 18(23) requires them for any refusal), with the
 * rationale for an optional ground, each written once in the language it was written in.
 */
final class MlaRefusalNoticeTemplate implements Template<MlaRefusalNotice> {

    @Override
    public Class<MlaRefusalNotice> contentType() {
        return MlaRefusalNotice.class;
    }

    @Override
    public void write(MlaRefusalNotice notice, DocumentComposer composer, Words words) {
        composer.heading("1. " + words.inline("heading.request"));
        composer.field(words.inline("label.request"), notice.requestReference());
        composer.field(words.inline("label.decision"), words.inline("mla.refusal.decision"));
        composer.paragraph(words.lines("mla.refusal.reasons-required"));
        composer.heading("2. " + words.inline("heading.grounds-of-refusal"));
        for (MlaRefusalNotice.Ground ground : notice.grounds()) {
            composer.field(words.inline("label.ground-code", ground.code()), words.inline(ground.wording()));
        }
        composer.heading("3. " + words.inline("heading.reasons-of-notice"));
        composer.paragraph(Wording.written(words, notice.reasons()));
        if (notice.rationale() != null) {
            composer.field(
                    words.inline("label.rationale-for-the-discretionary-ground"),
                    Wording.written(words, notice.rationale()));
        }
    }
}
