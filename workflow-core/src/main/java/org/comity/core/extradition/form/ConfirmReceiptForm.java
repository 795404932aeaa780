package org.comity.core.extradition.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;

/** {@code Task_ConfirmReceipt}: the requesting officer confirms the person was received (S10 Art. 51). */
@TaskForm("ExtraditionConfirmReceipt")
@Label(en = "Confirm receipt of the person", zh = "确认接收被引渡人")
public record ConfirmReceiptForm(
        @NotNull @PastOrPresent @Label(en = "Received on", zh = "接收日期") LocalDate receivedOn,
        @NotBlank @Size(max = 200) @Label(en = "Receiving authority", zh = "接收机关") @VisibleText String receivingAuthority,
        @Size(max = 4000) @LongText @Label(en = "Remarks", zh = "备注") @VisibleText(multiline = true) String remarks) {
}
