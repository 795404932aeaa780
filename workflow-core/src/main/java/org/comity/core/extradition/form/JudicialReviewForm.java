package org.comity.core.extradition.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;

/**
 * {@code Task_JudicialReview}: the requested officer records the court's ruling (S10 Art. 24). A
 * ruling of {@code EXTRADITABLE} is rejected while a mandatory ground stands ({@link ExtraditionCompletionRules}).
 */
@TaskForm(value = "ExtraditionJudicialReview", consequential = true)
@Label(en = "Record the court ruling", zh = "记录法院裁定")
public record JudicialReviewForm(
        @NotNull @Label(en = "Ruling", zh = "裁定") Ruling ruling,
        @NotBlank @Size(max = 200) @Label(en = "Court", zh = "法院") @VisibleText String court,
        @NotNull @PastOrPresent @Label(en = "Date of the ruling", zh = "裁定日期") LocalDate rulingDate,
        @NotBlank @Size(max = 8000) @LongText @Label(en = "Reasons", zh = "理由") @VisibleText(multiline = true) String reasons) {
}
