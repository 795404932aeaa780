package org.comity.core.repatriation.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * The holding state accounts for a person listed as not received on a handover receipt
 * (legal-domain.md §5.3 {@code receipt.discrepancies}, §9 item 18, §10 item 21): a head count that
 * differs from the manifest is an incident, and each person in it must end somewhere known. A
 * person still held goes back to the persons ready for transfer; a late receipt needs the receiving
 * state's confirmation ({@link ConfirmLateReceiptForm}).
 */
@TaskForm(value = AccountForPersonForm.KEY, consequential = true)
public record AccountForPersonForm(
        @NotNull NotReceivedOutcome notReceivedOutcome,
        @NotNull @PastOrPresent LocalDate occurredOn,

        @NotBlank @Size(max = 2000) @LongText @VisibleText(multiline = true)
        String remarks) {

    public static final String KEY = "RepatriationAccountForPerson";
}
