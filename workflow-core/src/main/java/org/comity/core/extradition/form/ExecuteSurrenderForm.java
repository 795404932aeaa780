package org.comity.core.extradition.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/** {@code Task_ExecuteSurrender}: the handover as it happened; issues the surrender record. */
@TaskForm(value = "ExtraditionExecuteSurrender", consequential = true)
public record ExecuteSurrenderForm(
        @NotNull @PastOrPresent OffsetDateTime surrenderedAt,
        @NotBlank @Size(max = 400) @VisibleText(max = 400) String deliveringOfficers,
        @NotBlank @Size(max = 400) @VisibleText(max = 400) String receivingOfficers,

        @Size(max = 4000) @LongText @VisibleText(multiline = true)
        String propertyHandedOver) {}
