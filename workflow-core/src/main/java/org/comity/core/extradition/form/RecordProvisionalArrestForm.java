package org.comity.core.extradition.form;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.form.Hint;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/**
 * {@code Task_RecordProvisionalArrest}: the day of the arrest starts the window for the formal
 * request (S10 Art. 31); the person must have been interrogated within 24 hours (Art. 34).
 */
@TaskForm(value = "ExtraditionRecordProvisionalArrest", consequential = true)
public record RecordProvisionalArrestForm(
        @NotNull @PastOrPresent @Hint LocalDate arrestedOn,
        @NotBlank @Size(max = 200) @VisibleText String place,
        @NotNull @AssertTrue Boolean interrogatedWithin24Hours,

        @Size(max = 4000) @LongText @VisibleText(multiline = true)
        String remarks) {}
