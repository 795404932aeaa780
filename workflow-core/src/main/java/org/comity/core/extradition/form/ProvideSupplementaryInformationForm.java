package org.comity.core.extradition.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/** {@code Task_ProvideSupplementaryInformation}: the requesting officer supplies what was missing (S10 Art. 18). */
@TaskForm(value = "ExtraditionProvideSupplementaryInformation", consequential = true)
public record ProvideSupplementaryInformationForm(
        @NotBlank @Size(max = 20000) @LongText @VisibleText(multiline = true)
        String information) {}
