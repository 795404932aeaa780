package org.comity.core.mla.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/** {@code Task_CorrectRequest}: the requesting officer corrects a returned request. */
@TaskForm("MlaCorrectRequest")
public record MlaCorrectRequestForm(
        @NotBlank @Size(max = 4000) @LongText @VisibleText(multiline = true)
        String corrections) {}
