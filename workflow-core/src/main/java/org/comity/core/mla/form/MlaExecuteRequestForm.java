package org.comity.core.mla.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.comity.core.form.Hint;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.RequiredWhen;
import org.comity.core.form.TaskForm;

/**
 * {@code Task_ExecuteRequest}: the executing officer reports what was done and lists each evidence
 * item with its source and SHA-256 (DESIGN §4.3), or the obstacles that prevented execution (ICJA
 * Art. 17: "report results or obstacles"). The list goes into the execution report.
 */
@TaskForm(value = "MlaExecuteRequest", consequential = true)
@Label(en = "Execute the request", zh = "执行刑事司法协助请求")
@RequiredWhen(field = "evidenceItems", when = "outcome", is = {"EXECUTED", "PARTIALLY_EXECUTED"})
@RequiredWhen(field = "obstacles", when = "outcome", is = {"PARTIALLY_EXECUTED", "NOT_EXECUTED"})
public record MlaExecuteRequestForm(
        @NotNull @Label(en = "Outcome", zh = "执行结果") ExecutionOutcome outcome,
        @NotNull @PastOrPresent @Label(en = "Executed at", zh = "执行时间") OffsetDateTime executedAt,
        @NotBlank @Size(max = 300) @Label(en = "Executing authority", zh = "执行机关") @VisibleText(max = 300) String executingAuthority,
        @NotBlank @Size(max = 20000) @LongText @Label(en = "Measures taken", zh = "执行情况") @VisibleText(multiline = true) String measuresTaken,
        @Size(max = 100000) @LongText @EvidenceList @Label(en = "Evidence items", zh = "证据清单")
        @Hint(en = "One item per line: description | source | SHA-256 of the file",
                zh = "每行一项：证据说明 | 来源 | 文件的 SHA-256 值") @VisibleText(multiline = true) String evidenceItems,
        @Size(max = 8000) @LongText @Label(en = "Obstacles", zh = "执行障碍")
        @Hint(en = "Required unless executed in full", zh = "未全部执行时必填") @VisibleText(multiline = true) String obstacles) {
}
