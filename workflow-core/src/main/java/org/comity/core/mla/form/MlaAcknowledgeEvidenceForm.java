package org.comity.core.mla.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.form.Hint;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.RequiredWhen;
import org.comity.core.form.TaskForm;

/**
 * {@code Task_AcknowledgeEvidence}: the requesting officer confirms receipt of the result, says
 * whether each item's SHA-256 recomputed on receipt matches the execution report, and whether the
 * evidence is to be used in other proceedings too, which needs the requested state's consent first
 * (ICJA Art. 18; legal-domain.md §10 item 20).
 */
@TaskForm("MlaAcknowledgeEvidence")
@Label(en = "Acknowledge the evidence received", zh = "确认收到证据")
@RequiredWhen(field = "discrepancies", when = "digestsMatch", is = "false")
@RequiredWhen(field = "otherProceedings", when = "furtherUse", is = "REQUEST_CONSENT")
public record MlaAcknowledgeEvidenceForm(
        @NotNull @PastOrPresent @Label(en = "Received on", zh = "收到日期") LocalDate receivedOn,
        @NotNull @Label(en = "Every SHA-256 matches the execution report", zh = "各项证据的 SHA-256 值与执行情况报告一致")
        Boolean digestsMatch,
        @Size(max = 4000) @LongText @Label(en = "Discrepancies", zh = "不一致之处") @VisibleText(multiline = true) String discrepancies,
        @NotNull @Label(en = "Use of the evidence", zh = "证据用途") FurtherUse furtherUse,
        @Size(max = 4000) @LongText @Label(en = "Other proceedings and purpose", zh = "其他案件及用途")
        @Hint(en = "Required to ask for consent", zh = "请求同意时必填") @VisibleText(multiline = true) String otherProceedings) {
}
