package org.comity.web.testprocess;

import jakarta.validation.constraints.NotNull;
import org.comity.core.form.TaskForm;

/** The test process's second form, for the supervisor. */
@TaskForm("PlatformTestReview")
public record TestReview(@NotNull Boolean agree) {}
