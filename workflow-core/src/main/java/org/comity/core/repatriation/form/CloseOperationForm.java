package org.comity.core.repatriation.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;

/** The holding supervisor closes the joint operation. */
@TaskForm(CloseOperationForm.KEY)
@Label(en = "Close the operation", zh = "结束联合行动")
public record CloseOperationForm(
        @NotNull @PastOrPresent @Label(en = "Closed on", zh = "结束日期") LocalDate closedOn,
        @Size(max = 4000) @LongText @Label(en = "Summary", zh = "总结") @VisibleText(multiline = true) String summary) {

    public static final String KEY = "RepatriationCloseOperation";
}
