package org.comity.core.repatriation.form;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/** The holding officer records the physical handover (legal-domain.md §5.3 {@code handedOverAt}). */
@TaskForm(ExecuteHandoverForm.KEY)
public record ExecuteHandoverForm(
        @NotNull @PastOrPresent OffsetDateTime handedOverAt,
        @NotNull @Min(0) Integer handedOverCount,
        @NotNull @Min(1) Integer escortOfficers,

        @Size(max = 2000) @LongText @VisibleText(multiline = true)
        String remarks) {

    public static final String KEY = "RepatriationExecuteHandover";
}
