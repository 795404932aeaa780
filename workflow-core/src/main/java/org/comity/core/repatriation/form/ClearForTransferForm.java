package org.comity.core.repatriation.form;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * The holding state clears the person for transfer (legal-domain.md §5.2 D4, §9 item 18): a person
 * may only be cleared with medical clearance and no local proceedings pending; retaining a person
 * needs reasons. A trafficking victim may be cleared: victims are repatriated too, as victims.
 */
@TaskForm(ClearForTransferForm.KEY)
@CrossFieldRules.Checked
public record ClearForTransferForm(
        @NotNull Boolean medicalClearance,
        @NotNull Boolean localProceedingsPending,
        @NotNull TraffickingScreening traffickingScreening,
        @NotNull Clearance clearance,

        @Size(max = 2000) @LongText @VisibleText(multiline = true)
        String reasons)
        implements CrossFieldRules {

    public static final String KEY = "RepatriationClearForTransfer";

    @Override
    public Map<String, String> brokenRules() {
        Map<String, String> broken = new LinkedHashMap<>();
        if (clearance == Clearance.CLEARED && Boolean.FALSE.equals(medicalClearance)) {
            broken.put("medicalClearance", "must be true to clear the person for transfer");
        }
        if (clearance == Clearance.CLEARED && Boolean.TRUE.equals(localProceedingsPending)) {
            broken.put("localProceedingsPending", "must be false to clear the person for transfer");
        }
        if (clearance == Clearance.NOT_CLEARED && CrossFieldRules.blank(reasons)) {
            broken.put("reasons", "must be given when the person is retained");
        }
        return broken;
    }
}
