package org.comity.core.repatriation.form;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/** The holding supervisor closes the joint operation. */
@TaskForm(CloseOperationForm.KEY)
public record CloseOperationForm(
        @NotNull @PastOrPresent LocalDate closedOn,

        @Size(max = 4000) @LongText @VisibleText(multiline = true)
        String summary) {

    public static final String KEY = "RepatriationCloseOperation";
}
