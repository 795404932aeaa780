package org.comity.core.mla.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.comity.core.form.Hint;
import org.comity.core.form.LongText;
import org.comity.core.form.RequiredWhen;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * {@code Task_ExecuteRequest}: the executing officer reports what was done and lists each evidence
 * item with its source and SHA-256 (DESIGN §4.3), or the obstacles that prevented execution (ICJA
 * Art. 17: "report results or obstacles"). The list goes into the execution report.
 */
@TaskForm(value = "MlaExecuteRequest", consequential = true)
@RequiredWhen(
        field = "evidenceItems",
        when = "outcome",
        is = {"EXECUTED", "PARTIALLY_EXECUTED"})
@RequiredWhen(
        field = "obstacles",
        when = "outcome",
        is = {"PARTIALLY_EXECUTED", "NOT_EXECUTED"})
public record MlaExecuteRequestForm(
        @NotNull ExecutionOutcome outcome,
        @NotNull @PastOrPresent OffsetDateTime executedAt,
        @NotBlank @Size(max = 300) @VisibleText(max = 300) String executingAuthority,

        @NotBlank @Size(max = 20000) @LongText @VisibleText(multiline = true)
        String measuresTaken,

        @Size(max = 100000) @LongText @EvidenceList @Hint @VisibleText(multiline = true)
        String evidenceItems,

        @Size(max = 8000) @LongText @Hint @VisibleText(multiline = true)
        String obstacles) {}
