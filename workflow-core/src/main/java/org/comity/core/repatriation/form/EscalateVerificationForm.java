package org.comity.core.repatriation.form;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/** The receiving supervisor acts on a verification that has outlasted its service level. */
@TaskForm(EscalateVerificationForm.KEY)
public record EscalateVerificationForm(
        @NotNull EscalationAction escalationAction,

        @Size(max = 2000) @LongText @VisibleText(multiline = true)
        String note) {

    public static final String KEY = "RepatriationEscalateVerification";
}
