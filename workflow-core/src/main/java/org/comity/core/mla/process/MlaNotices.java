package org.comity.core.mla.process;

import static org.comity.core.mla.process.MlaProcesses.Requested;

import java.util.List;
import org.comity.core.casefile.CaseFile;
import org.comity.core.text.Phrase;
import org.comity.core.document.DocumentContent;
import org.comity.core.document.FreeText;
import org.comity.core.document.MlaPostponementNotice;
import org.comity.core.document.MlaRefusalNotice;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.mla.form.MlaAssessRequestForm;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.task.CaseSubmissions;

/**
 * The notice the requested state sends when it refuses (UNTOC Art. 18(23): reasons for any refusal)
 * or postpones (Art. 18(25)) a request, built from the assessment the officer submitted at
 * {@code Task_AssessRequest}: the grounds cited, the reasons and the rationale as written, in the
 * requested state's language, and the date until which execution is postponed.
 */
final class MlaNotices {

    private final CaseSubmissions submissions;
    private final JurisdictionRegistry jurisdictions;

    MlaNotices(CaseSubmissions submissions, JurisdictionRegistry jurisdictions) {
        this.submissions = submissions;
        this.jurisdictions = jurisdictions;
    }

    DocumentContent notice(String activity, CaseFile caseFile, MlaRequest request, String requested) {
        MlaAssessRequestForm assessment = submissions.latest(caseFile.id().toString(), Requested.ASSESS_REQUEST,
                MlaAssessRequestForm.class).orElseThrow(() -> new IllegalStateException("A notice follows an assessment"));
        String language = language(requested);
        String reference = caseFile.reference() + " / " + request.caseReference();
        if (Requested.ISSUE_POSTPONEMENT_NOTICE.equals(activity)) {
            return new MlaPostponementNotice(reference, assessment.postponedUntil(),
                    FreeText.asWritten(assessment.reasons(), language));
        }
        List<MlaRefusalNotice.Ground> grounds = assessment.groundCodes().stream()
                .map(g -> new MlaRefusalNotice.Ground(g.name(), Phrase.of("mla.ground." + g.name()))).toList();
        return new MlaRefusalNotice(reference, grounds, FreeText.asWritten(assessment.reasons(), language),
                FreeText.optional(assessment.rationale(), language));
    }

    private String language(String state) {
        List<String> languages = jurisdictions.require(state).languages();
        return languages.isEmpty() ? "en" : languages.get(0);
    }
}
