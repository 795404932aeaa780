package org.comity.core.extradition.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;

/** {@code Task_ExecuteSurrender}: the handover as it happened; issues the surrender record. */
@TaskForm(value = "ExtraditionExecuteSurrender", consequential = true)
@Label(en = "Execute the surrender", zh = "执行移交")
public record ExecuteSurrenderForm(
        @NotNull @PastOrPresent @Label(en = "Surrendered at", zh = "移交时间") OffsetDateTime surrenderedAt,
        @NotBlank @Size(max = 400) @Label(en = "Delivering officers", zh = "移交人员") @VisibleText(max = 400) String deliveringOfficers,
        @NotBlank @Size(max = 400) @Label(en = "Receiving officers", zh = "接收人员") @VisibleText(max = 400) String receivingOfficers,
        @Size(max = 4000) @LongText @Label(en = "Property handed over (one item a line)", zh = "移交财物（每行一项）")
        @VisibleText(multiline = true) String propertyHandedOver) {
}
