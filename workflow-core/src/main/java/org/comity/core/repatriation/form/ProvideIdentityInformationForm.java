package org.comity.core.repatriation.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/** The holding state answers the receiving state's request for more identity information. */
@TaskForm(ProvideIdentityInformationForm.KEY)
public record ProvideIdentityInformationForm(
        @NotBlank @Size(max = 4000) @LongText @VisibleText(multiline = true)
        String information) {

    public static final String KEY = "RepatriationProvideIdentityInformation";
}
