package org.comity.core.mla.form;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * {@code Task_ConsiderConfidentialityNotice}: the requested state has informed the requesting state
 * that it cannot keep the request confidential (UNTOC Art. 18(20); legal-domain.md §10 item 19); the
 * requesting supervisor decides whether it is executed nevertheless or withdrawn.
 */
@TaskForm(value = "MlaConsiderConfidentialityNotice", consequential = true)
public record MlaConsiderConfidentialityNoticeForm(
        @NotNull ConfidentialityAnswer confidentialityAnswer,

        @Size(max = 4000) @LongText @VisibleText(multiline = true)
        String reasons) {}
