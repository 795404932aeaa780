package org.comity.core.extradition.form;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.comity.core.form.LongText;
import org.comity.core.form.TaskForm;
import org.comity.core.validation.VisibleText;

/** {@code Task_ReleasePerson}: release after a lapsed provisional arrest (S10 Art. 31) or an abandoned surrender (Art. 40). */
@TaskForm(value = "ExtraditionReleasePerson", consequential = true)
public record ReleasePersonForm(
        @NotNull @PastOrPresent OffsetDateTime releasedAt,

        @Size(max = 4000) @LongText @VisibleText(multiline = true)
        String remarks) {}
