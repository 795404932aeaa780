package org.comity.core.mla.document;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.comity.core.document.FreeText;
import org.comity.core.document.MlaExecutionReport;
import org.comity.core.mla.form.EvidenceItem;
import org.comity.core.mla.form.ExecutionOutcome;
import org.comity.core.mla.form.MlaExecuteRequestForm;
import org.comity.core.text.Phrase;

/**
 * The execution report from the executing officer's completed form, read back as its record: the
 * outcome, the measures taken and any obstacles as written, and each evidence item numbered
 * {@code E1, E2, …} with its source, the time of execution in the requested state's zone, the
 * executing authority and the SHA-256 the requesting state checks on receipt.
 */
public final class MlaExecutionReports {

    private MlaExecutionReports() {}

    /**
     * @param reference the case reference the report is filed under
     * @param form the executing officer's form
     * @param items the form's evidence list, parsed
     * @param language the language the officer wrote in (the requested state's first)
     * @param zone the requested state's zone
     */
    public static MlaExecutionReport report(
            String reference, MlaExecuteRequestForm form, List<EvidenceItem> items, String language, ZoneId zone) {
        FreeText authority = FreeText.asWritten(form.executingAuthority(), language);
        var executedAt = form.executedAt().atZoneSameInstant(zone);
        List<MlaExecutionReport.EvidenceItem> evidence = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EvidenceItem item = items.get(i);
            evidence.add(new MlaExecutionReport.EvidenceItem(
                    "E" + (i + 1),
                    FreeText.asWritten(item.description(), language),
                    FreeText.asWritten(item.source(), language),
                    executedAt,
                    authority,
                    item.sha256()));
        }
        ExecutionOutcome outcome = form.outcome();
        return new MlaExecutionReport(
                reference,
                authority,
                Phrase.of("mla.outcome." + outcome.name()),
                FreeText.asWritten(form.measuresTaken(), language),
                FreeText.optional(form.obstacles(), language),
                evidence);
    }
}
