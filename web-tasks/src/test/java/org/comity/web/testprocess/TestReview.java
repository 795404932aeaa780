package org.comity.web.testprocess;

import jakarta.validation.constraints.NotNull;
import org.comity.core.form.Label;
import org.comity.core.form.TaskForm;

/** The test process's second form, for the supervisor. */
@TaskForm("PlatformTestReview")
@Label(en = "Review the decision", zh = "审核决定")
public record TestReview(@NotNull @Label(en = "Agree", zh = "同意") Boolean agree) {
}
