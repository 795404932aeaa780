package org.comity.core.mla.form;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * {@code Task_ExplainDelay}: the requested deadline has passed with the request not yet executed;
 * the requested supervisor informs the requesting state of the progress and when to expect the
 * result (UNTOC Art. 18(24): respond to reasonable requests on the status and progress).
 */
@TaskForm("MlaExplainDelay")
public record MlaExplainDelayForm(
        @NotBlank @Size(max = 4000) @LongText @VisibleText(multiline = true)
        String reasons,

        @NotNull @Future LocalDate expectedCompletion) {}
