package org.comity.core.mla.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/** {@code Task_ProvideMoreInformation}: the requesting officer supplies what the requested state asked for (ICJA Art. 16). */
@TaskForm(value = "MlaProvideMoreInformation", consequential = true)
public record MlaProvideMoreInformationForm(
        @NotBlank @Size(max = 20000) @LongText @VisibleText(multiline = true)
        String information) {}
