package org.comity.core.extradition.form;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.form.Hint;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/** {@code Task_AgreeSurrender}: time, place and manner of the surrender (S10 Art. 38). */
@TaskForm("ExtraditionAgreeSurrender")
public record AgreeSurrenderForm(
        @NotNull @FutureOrPresent @Hint LocalDate agreedDate,
        @NotBlank @Size(max = 200) @VisibleText String place,
        @Size(max = 400) @VisibleText(max = 400) String escort,
        @Min(1) @Max(365) @Hint Integer removeWithinDays) {}
