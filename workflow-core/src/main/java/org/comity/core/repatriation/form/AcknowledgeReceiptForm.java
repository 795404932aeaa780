package org.comity.core.repatriation.form;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.comity.core.form.Hint;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * The receiving officer acknowledges receipt (legal-domain.md §5.3 {@code receipt}). The counts and
 * the persons listed are checked against the manifest by one rule for every way of completing the
 * task ({@code ReceiptMatchesManifest}).
 */
@TaskForm(AcknowledgeReceiptForm.KEY)
@CrossFieldRules.Checked
public record AcknowledgeReceiptForm(
        @NotNull @Min(0) Integer receivedCount,
        @NotNull @Min(0) Integer notReceivedCount,

        @Size(max = 20000) @LongText @Hint @VisibleText(multiline = true)
        String discrepancies)
        implements CrossFieldRules {

    public static final String KEY = "RepatriationAcknowledgeReceipt";

    @Override
    public Map<String, String> brokenRules() {
        return notReceivedCount != null && notReceivedCount > 0 && CrossFieldRules.blank(discrepancies)
                ? Map.of("discrepancies", "must list each person not received")
                : Map.of();
    }
}
