package org.comity.core.extradition.form;

import org.comity.core.validation.VisibleText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.comity.core.form.Label;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;

/** {@code Task_ReleasePerson}: release after a lapsed provisional arrest (S10 Art. 31) or an abandoned surrender (Art. 40). */
@TaskForm(value = "ExtraditionReleasePerson", consequential = true)
@Label(en = "Release the person", zh = "释放被请求人")
public record ReleasePersonForm(
        @NotNull @PastOrPresent @Label(en = "Released at", zh = "释放时间") OffsetDateTime releasedAt,
        @Size(max = 4000) @LongText @Label(en = "Remarks", zh = "备注") @VisibleText(multiline = true) String remarks) {
}
