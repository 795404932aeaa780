package org.comity.core.repatriation.form;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/** The holding supervisor approves or rejects a planned transfer. */
@TaskForm(ApproveTransferPlanForm.KEY)
@CrossFieldRules.Checked
public record ApproveTransferPlanForm(
        @NotNull PlanDecision planDecision,

        @Size(max = 2000) @LongText @VisibleText(multiline = true)
        String reasons) implements CrossFieldRules {

    public static final String KEY = "RepatriationApproveTransferPlan";

    @Override
    public Map<String, String> brokenRules() {
        return planDecision == PlanDecision.REJECT && CrossFieldRules.blank(reasons)
                ? Map.of("reasons", "must be given when the plan is rejected")
                : Map.of();
    }
}
