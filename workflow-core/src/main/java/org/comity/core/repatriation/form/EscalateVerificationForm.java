package org.comity.core.repatriation.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;

/** The receiving supervisor acts on a verification that has outlasted its service level. */
@TaskForm(EscalateVerificationForm.KEY)
@Label(en = "Verification overdue", zh = "国籍核实逾期")
public record EscalateVerificationForm(
        @NotNull @Label(en = "Action taken", zh = "采取的措施") EscalationAction escalationAction,
        @Size(max = 2000) @LongText @Label(en = "Note", zh = "说明") @VisibleText(multiline = true) String note) {

    public static final String KEY = "RepatriationEscalateVerification";
}
