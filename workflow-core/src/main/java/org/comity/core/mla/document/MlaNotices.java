package org.comity.core.mla.document;

import java.util.List;
import org.comity.core.document.FreeText;
import org.comity.core.document.MlaPostponementNotice;
import org.comity.core.document.MlaRefusalNotice;
import org.comity.core.mla.form.MlaAssessRequestForm;
import org.comity.core.text.Phrase;

/**
 * The notice the requested state sends when it refuses (UNTOC Art. 18(23): reasons for any refusal)
 * or postpones (Art. 18(25)) a request, built from the assessment the officer submitted at
 * {@code Task_AssessRequest}: the grounds cited, the reasons and the rationale as written, in the
 * requested state's language, and the date until which execution is postponed.
 */
public final class MlaNotices {

    private MlaNotices() {}

    /** The notice of refusal citing the assessment's grounds, under the case's {@code reference}. */
    public static MlaRefusalNotice refusal(String reference, MlaAssessRequestForm assessment, String language) {
        List<MlaRefusalNotice.Ground> grounds = assessment.groundCodes().stream()
                .map(g -> new MlaRefusalNotice.Ground(g.name(), Phrase.of("mla.ground." + g.name())))
                .toList();
        return new MlaRefusalNotice(
                reference,
                grounds,
                FreeText.asWritten(assessment.reasons(), language),
                FreeText.optional(assessment.rationale(), language));
    }

    /** The notice of postponement until the assessment's date, under the case's {@code reference}. */
    public static MlaPostponementNotice postponement(
            String reference, MlaAssessRequestForm assessment, String language) {
        return new MlaPostponementNotice(
                reference, assessment.postponedUntil(), FreeText.asWritten(assessment.reasons(), language));
    }
}
