package org.comity.core.mla.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;

/** {@code Task_CorrectRequest}: the requesting officer corrects a returned request. */
@TaskForm("MlaCorrectRequest")
@Label(en = "Correct the request for mutual legal assistance", zh = "修改刑事司法协助请求")
public record MlaCorrectRequestForm(
        @NotBlank @Size(max = 4000) @LongText @Label(en = "Corrections made", zh = "所作修改") @VisibleText(multiline = true) String corrections) {
}
