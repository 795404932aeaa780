package org.comity.core.extradition.form;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.comity.core.form.Hint;
import org.comity.core.form.LongText;
import org.comity.core.form.RequiredWhen;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * {@code Task_ExecutiveDecision}: the requested supervisor grants, refuses or postpones (S10 Arts.
 * 29, 42). A refusal needs ground codes and written reasons (legal-domain.md §9 item 14); a
 * discretionary ground needs the rationale, and a grant is rejected while a mandatory ground
 * stands (§9 item 15); the decider must not be who recorded the ruling (four-eyes). The last
 * three need the case's state and are checked by {@link ExtraditionCompletionRules}.
 */
@TaskForm(value = "ExtraditionExecutiveDecision", consequential = true)
@RequiredWhen(field = "groundCodes", when = "decision", is = "REFUSE")
@RequiredWhen(field = "reasons", when = "decision", is = "REFUSE")
@RequiredWhen(field = "postponedUntil", when = "decision", is = "POSTPONE")
public record ExecutiveDecisionForm(
        @NotNull ExecutiveDecision decision,
        @Size(max = 30, message = "{comity.list.Size}") List<GroundCode> groundCodes,

        @Size(max = 8000) @LongText @VisibleText(multiline = true)
        String reasons,

        @Size(max = 8000) @LongText @Hint @VisibleText(multiline = true)
        String rationale,

        @Future LocalDate postponedUntil) {}
