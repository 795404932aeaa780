package org.comity.core.repatriation.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * The receiving state answers the holding state's report that a person listed as not received was
 * received after all (legal-domain.md §5.3 {@code receipt}: only the receiving state can attest a
 * receipt). Confirmed, the person is repatriated; not confirmed, the holding state accounts for the
 * person again.
 */
@TaskForm(value = ConfirmLateReceiptForm.KEY, consequential = true)
@CrossFieldRules.Checked
public record ConfirmLateReceiptForm(
        @NotNull LateReceipt lateReceipt,
        @PastOrPresent LocalDate receivedOn,

        @NotBlank @Size(max = 2000) @LongText @VisibleText(multiline = true)
        String remarks)
        implements CrossFieldRules {

    public static final String KEY = "RepatriationConfirmLateReceipt";

    @Override
    public Map<String, String> brokenRules() {
        return lateReceipt == LateReceipt.CONFIRMED && receivedOn == null
                ? Map.of("receivedOn", "must be given when the receipt is confirmed")
                : Map.of();
    }
}
