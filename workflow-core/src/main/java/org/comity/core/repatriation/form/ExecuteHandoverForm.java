package org.comity.core.repatriation.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;

/** The holding officer records the physical handover (legal-domain.md §5.3 {@code handedOverAt}). */
@TaskForm(ExecuteHandoverForm.KEY)
@Label(en = "Execute handover", zh = "执行移交")
public record ExecuteHandoverForm(
        @NotNull @PastOrPresent @Label(en = "Handed over at", zh = "移交时间") OffsetDateTime handedOverAt,
        @NotNull @Min(0) @Label(en = "Persons handed over", zh = "移交人数") Integer handedOverCount,
        @NotNull @Min(1) @Label(en = "Escort officers", zh = "押解警员人数") Integer escortOfficers,
        @Size(max = 2000) @LongText @Label(en = "Remarks", zh = "备注") @VisibleText(multiline = true) String remarks) {

    public static final String KEY = "RepatriationExecuteHandover";
}
