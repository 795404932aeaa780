package org.comity.core.extradition.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * {@code Task_JudicialReview}: the requested officer records the court's ruling (S10 Art. 24). A
 * ruling of {@code EXTRADITABLE} is rejected while a mandatory ground stands ({@link ExtraditionCompletionRules}).
 */
@TaskForm(value = "ExtraditionJudicialReview", consequential = true)
public record JudicialReviewForm(
        @NotNull Ruling ruling,
        @NotBlank @Size(max = 200) @VisibleText String court,
        @NotNull @PastOrPresent LocalDate rulingDate,

        @NotBlank @Size(max = 8000) @LongText @VisibleText(multiline = true)
        String reasons) {}
