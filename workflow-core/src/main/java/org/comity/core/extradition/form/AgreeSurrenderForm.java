package org.comity.core.extradition.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.form.Hint;
import org.comity.core.form.Label;
import org.comity.core.form.TaskForm;

/** {@code Task_AgreeSurrender}: time, place and manner of the surrender (S10 Art. 38). */
@TaskForm("ExtraditionAgreeSurrender")
@Label(en = "Agree the surrender", zh = "商定移交")
public record AgreeSurrenderForm(
        @NotNull @FutureOrPresent @Label(en = "Agreed date", zh = "商定日期")
        @Hint(en = "Day 0 of the window to take the person over", zh = "接收期限的起算日") LocalDate agreedDate,
        @NotBlank @Size(max = 200) @Label(en = "Place", zh = "地点") @VisibleText String place,
        @Size(max = 400) @Label(en = "Escort", zh = "押解安排") @VisibleText(max = 400) String escort,
        @Min(1) @Max(365) @Label(en = "Take over within (days)", zh = "接收期限（日）")
        @Hint(en = "Only where the legal basis sets no period", zh = "仅在法律依据未规定期限时填写") Integer removeWithinDays) {
}
