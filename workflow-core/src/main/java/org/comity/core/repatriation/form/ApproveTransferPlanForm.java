package org.comity.core.repatriation.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;

/** The holding supervisor approves or rejects a planned transfer. */
@TaskForm(ApproveTransferPlanForm.KEY)
@Label(en = "Approve transfer plan", zh = "批准移交计划")
@CrossFieldRules.Checked
public record ApproveTransferPlanForm(
        @NotNull @Label(en = "Decision", zh = "决定") PlanDecision planDecision,
        @Size(max = 2000) @LongText @Label(en = "Reasons", zh = "理由") @VisibleText(multiline = true) String reasons) implements CrossFieldRules {

    public static final String KEY = "RepatriationApproveTransferPlan";

    @Override
    public Map<String, String> brokenRules() {
        return planDecision == PlanDecision.REJECT && CrossFieldRules.blank(reasons)
                ? Map.of("reasons", "must be given when the plan is rejected") : Map.of();
    }
}
