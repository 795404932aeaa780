package org.comity.core.extradition.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/** {@code Task_ConfirmReceipt}: the requesting officer confirms the person was received (S10 Art. 51). */
@TaskForm("ExtraditionConfirmReceipt")
public record ConfirmReceiptForm(
        @NotNull @PastOrPresent LocalDate receivedOn,
        @NotBlank @Size(max = 200) @VisibleText String receivingAuthority,

        @Size(max = 4000) @LongText @VisibleText(multiline = true)
        String remarks) {}
