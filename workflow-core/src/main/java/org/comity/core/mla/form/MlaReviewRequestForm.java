package org.comity.core.mla.form;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.comity.core.form.Hint;
import org.comity.core.form.LongText;
import org.comity.core.form.RequiredWhen;
import org.comity.core.form.ReviewDecision;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * {@code Task_ReviewRequest}: the requesting supervisor approves the drafted request, which then
 * goes out as a letter of request, or returns it with reasons; the reviewer must not be who drafted
 * or last corrected it (four-eyes, {@link MlaCompletionRules}).
 */
@TaskForm(value = "MlaReviewRequest", consequential = true)
@RequiredWhen(field = "reasons", when = "reviewDecision", is = "RETURN")
public record MlaReviewRequestForm(
        @NotNull ReviewDecision reviewDecision,

        @Size(max = 4000) @LongText @Hint @VisibleText(multiline = true)
        String reasons) {}
