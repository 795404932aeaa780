package org.comity.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comity.core.form.FormRegistry;
import org.comity.core.form.FormSchema;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * A task form's fields become the controls of the one field fragment: the kind of control for each
 * field type, labels and options in the reader's language, constraints, values and errors by name.
 */
class TaskFormFieldsTest {

    private final FormSchema decision =
            new FormRegistry().find("PlatformTestDecision").orElseThrow().schema();
    private final TaskFormFields fields = new TaskFormFields(yesNo());

    @Test
    void drawsEachFieldTypeWithItsControlLabelAndOptions() {
        List<FieldView> views = fields.views(decision, Map.of(), Map.of(), LocalDate.of(2026, 12, 8), Locale.CHINESE);
        assertThat(views).extracting(FieldView::path).containsExactly("decision", "reasons", "effectiveDate", "copies");
        assertThat(views).extracting(FieldView::input).containsExactly("SELECT", "LONG_TEXT", "DATE", "NUMBER");
        assertThat(views).extracting(FieldView::label).containsExactly("决定", "理由", "生效日期", "份数");
        assertThat(views.get(0).options()).extracting(Choice::label).containsExactly("批准", "退回");
        assertThat(views.get(0).required()).isTrue();
        assertThat(views.get(1).hint()).isEqualTo("退回时必填");
        assertThat(views.get(1).maxLength()).isEqualTo(2000);
        assertThat(views.get(2).minDate()).isEqualTo("2026-12-08");
        assertThat(views.get(3).min()).isEqualTo(1L);
        assertThat(views.get(3).max()).isEqualTo(10L);
    }

    @Test
    void carriesTheValuesAsEnteredAndTheErrorsByField() {
        List<FieldView> views = fields.views(
                decision,
                Map.of("decision", "RETURN", "copies", "x"),
                Map.of("copies", List.of("must be a whole number")),
                LocalDate.of(2026, 12, 8),
                Locale.ENGLISH);
        assertThat(views.get(0).value()).isEqualTo("RETURN");
        assertThat(views.get(3).value()).isEqualTo("x");
        assertThat(views.get(3).invalid()).isTrue();
        assertThat(views.get(3).describedBy()).isEqualTo("copies-error");
        assertThat(views.get(1).describedBy()).isEqualTo("reasons-hint");
    }

    private static StaticMessageSource yesNo() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("form.yes", Locale.ENGLISH, "Yes");
        messages.addMessage("form.no", Locale.ENGLISH, "No");
        return messages;
    }
}
