package org.comity.core.extradition.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.comity.core.form.Hint;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;

/**
 * {@code Task_RecordProvisionalArrest}: the day of the arrest starts the window for the formal
 * request (S10 Art. 31); the person must have been interrogated within 24 hours (Art. 34).
 */
@TaskForm(value = "ExtraditionRecordProvisionalArrest", consequential = true)
@Label(en = "Record the provisional arrest", zh = "记录引渡拘留")
public record RecordProvisionalArrestForm(
        @NotNull @PastOrPresent @Label(en = "Arrested on", zh = "拘留日期")
        @Hint(en = "Day 0 of the window for the formal request", zh = "正式请求期限的起算日") LocalDate arrestedOn,
        @NotBlank @Size(max = 200) @Label(en = "Place of detention", zh = "羁押地点") @VisibleText String place,
        @NotNull @AssertTrue @Label(en = "Interrogated within 24 hours", zh = "已在24小时内讯问")
        Boolean interrogatedWithin24Hours,
        @Size(max = 4000) @LongText @Label(en = "Remarks", zh = "备注") @VisibleText(multiline = true) String remarks) {
}
