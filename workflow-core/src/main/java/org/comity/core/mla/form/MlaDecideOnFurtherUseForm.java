package org.comity.core.mla.form;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.comity.core.form.LongText;
import org.comity.core.form.RequiredWhen;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * {@code Task_DecideOnFurtherUse}: the requested state decides whether the evidence may be used in
 * proceedings other than those of the request (ICJA Art. 18; legal-domain.md §4.2 C5, §10 item 20).
 * Without this consent such use is not allowed.
 */
@TaskForm(value = "MlaDecideOnFurtherUse", consequential = true)
@RequiredWhen(field = "conditions", when = "furtherUseDecision", is = "CONSENT_WITH_CONDITIONS")
@RequiredWhen(field = "reasons", when = "furtherUseDecision", is = "REFUSE")
public record MlaDecideOnFurtherUseForm(
        @NotNull FurtherUseDecision furtherUseDecision,

        @Size(max = 4000) @LongText @VisibleText(multiline = true)
        String conditions,

        @Size(max = 4000) @LongText @VisibleText(multiline = true)
        String reasons) {}
