package org.comity.core.extradition.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.comity.core.form.Hint;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.RequiredWhen;
import org.comity.core.form.TaskForm;

/**
 * {@code Task_ExecutiveDecision}: the requested supervisor grants, refuses or postpones (S10 Arts.
 * 29, 42). A refusal needs ground codes and written reasons (legal-domain.md §9 item 14); a
 * discretionary ground needs the rationale, and a grant is rejected while a mandatory ground
 * stands (§9 item 15); the decider must not be who recorded the ruling (four-eyes). The last
 * three need the case's state and are checked by {@link ExtraditionCompletionRules}.
 */
@TaskForm(value = "ExtraditionExecutiveDecision", consequential = true)
@Label(en = "Decide on extradition", zh = "作出引渡决定")
@RequiredWhen(field = "groundCodes", when = "decision", is = "REFUSE")
@RequiredWhen(field = "reasons", when = "decision", is = "REFUSE")
@RequiredWhen(field = "postponedUntil", when = "decision", is = "POSTPONE")
public record ExecutiveDecisionForm(
        @NotNull @Label(en = "Decision", zh = "决定") ExecutiveDecision decision,
        @Label(en = "Refusal grounds", zh = "拒绝理由代码") @Size(max = 30, message = "{comity.list.Size}") List<GroundCode> groundCodes,
        @Size(max = 8000) @LongText @Label(en = "Reasons", zh = "理由") @VisibleText(multiline = true) String reasons,
        @Size(max = 8000) @LongText @Label(en = "Rationale for a discretionary ground", zh = "酌定拒绝理由的说明")
        @Hint(en = "Required when a cited ground is optional", zh = "援引酌定拒绝理由时必填") @VisibleText(multiline = true) String rationale,
        @Future @Label(en = "Surrender postponed until", zh = "暂缓移交至") LocalDate postponedUntil) {
}
