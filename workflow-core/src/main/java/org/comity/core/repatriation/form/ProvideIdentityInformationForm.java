package org.comity.core.repatriation.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;

/** The holding state answers the receiving state's request for more identity information. */
@TaskForm(ProvideIdentityInformationForm.KEY)
@Label(en = "Provide identity information", zh = "提供身份信息")
public record ProvideIdentityInformationForm(
        @NotBlank @Size(max = 4000) @LongText @Label(en = "Information provided", zh = "所提供的信息") @VisibleText(multiline = true) String information) {

    public static final String KEY = "RepatriationProvideIdentityInformation";
}
