package org.comity.core.extradition.form;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.comity.core.form.Hint;
import org.comity.core.form.LongText;
import org.comity.core.form.RequiredWhen;
import org.comity.core.form.ReviewDecision;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/** {@code Task_ReviewRequest}: the requesting supervisor approves or returns the draft (four-eyes). */
@TaskForm(value = "ExtraditionReviewRequest", consequential = true)
@RequiredWhen(field = "reasons", when = "reviewDecision", is = "RETURN")
public record ReviewRequestForm(
        @NotNull ReviewDecision reviewDecision,

        @Size(max = 4000) @LongText @Hint @VisibleText(multiline = true)
        String reasons) {}
