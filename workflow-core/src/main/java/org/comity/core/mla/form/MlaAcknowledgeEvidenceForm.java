package org.comity.core.mla.form;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.form.Hint;
import org.comity.core.form.LongText;
import org.comity.core.form.RequiredWhen;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * {@code Task_AcknowledgeEvidence}: the requesting officer confirms receipt of the result, says
 * whether each item's SHA-256 recomputed on receipt matches the execution report, and whether the
 * evidence is to be used in other proceedings too, which needs the requested state's consent first
 * (ICJA Art. 18; legal-domain.md §10 item 20).
 */
@TaskForm("MlaAcknowledgeEvidence")
@RequiredWhen(field = "discrepancies", when = "digestsMatch", is = "false")
@RequiredWhen(field = "otherProceedings", when = "furtherUse", is = "REQUEST_CONSENT")
public record MlaAcknowledgeEvidenceForm(
        @NotNull @PastOrPresent LocalDate receivedOn,
        @NotNull Boolean digestsMatch,

        @Size(max = 4000) @LongText @VisibleText(multiline = true)
        String discrepancies,

        @NotNull FurtherUse furtherUse,

        @Size(max = 4000) @LongText @Hint @VisibleText(multiline = true)
        String otherProceedings) {}
