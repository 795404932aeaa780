package org.comity.core.repatriation.form;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.comity.core.form.Hint;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/** The receiving state verifies that the person is its national (legal-domain.md §5.2 D6). */
@TaskForm(VerifyNationalityForm.KEY)
@CrossFieldRules.Checked
public record VerifyNationalityForm(
        @NotNull NationalityVerification nationalityVerification,

        @Size(max = 2000) @LongText @Hint @VisibleText(multiline = true)
        String remarks)
        implements CrossFieldRules {

    public static final String KEY = "RepatriationVerifyNationality";

    @Override
    public Map<String, String> brokenRules() {
        return nationalityVerification != null
                        && nationalityVerification != NationalityVerification.CONFIRMED
                        && CrossFieldRules.blank(remarks)
                ? Map.of("remarks", "must be given unless the nationality is confirmed")
                : Map.of();
    }
}
