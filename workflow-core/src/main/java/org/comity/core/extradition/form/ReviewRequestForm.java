package org.comity.core.extradition.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.comity.core.form.Hint;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.RequiredWhen;
import org.comity.core.form.ReviewDecision;
import org.comity.core.form.TaskForm;

/** {@code Task_ReviewRequest}: the requesting supervisor approves or returns the draft (four-eyes). */
@TaskForm(value = "ExtraditionReviewRequest", consequential = true)
@Label(en = "Review the extradition request", zh = "审核引渡请求")
@RequiredWhen(field = "reasons", when = "reviewDecision", is = "RETURN")
public record ReviewRequestForm(
        @NotNull @Label(en = "Decision", zh = "决定") ReviewDecision reviewDecision,
        @Size(max = 4000) @LongText @Label(en = "Reasons", zh = "理由")
        @Hint(en = "Required when the request is returned", zh = "退回时必填") @VisibleText(multiline = true) String reasons) {
}
