package org.comity.web.wizard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.comity.core.validation.FieldError;
import org.comity.web.form.FieldView;
import org.comity.web.wizard.StepPage.Link;
import org.comity.web.wizard.StepPage.PartView;
import org.comity.web.wizard.StepPage.ProgressItem;
import org.comity.web.wizard.StepPage.RowView;
import org.comity.web.wizard.StepPage.RowsView;
import org.springframework.stereotype.Component;

/**
 * Builds a step's page from the wizard's definition, the draft's values and the step's errors:
 * each control with its label, hint, constraints, value as typed and errors, the rows with their
 * buttons, the progress, and the error summary whose links lead to the controls.
 */
@Component
class WizardPages {

    static final String DRAFTS = "/requests/drafts/";

    private final WizardLabels labels;
    private final JurisdictionClock clock;

    WizardPages(WizardLabels labels, JurisdictionClock clock) {
        this.labels = labels;
        this.clock = clock;
    }

    StepPage step(
            RequestWizard<?> wizard,
            WizardStep step,
            String action,
            DraftValues values,
            List<FieldError> errors,
            Actor actor,
            Locale locale,
            boolean returnToReview) {
        Map<String, List<String>> byPath = errors.stream()
                .collect(Collectors.groupingBy(
                        FieldError::field,
                        LinkedHashMap::new,
                        Collectors.mapping(FieldError::message, Collectors.toList())));
        List<PartView> parts = new ArrayList<>();
        for (WizardPart part : step.parts()) {
            if (part.appliesTo(values)) {
                parts.add(
                        part instanceof WizardRows rows
                                ? new PartView(null, rows(wizard, rows, values, byPath, actor, locale))
                                : new PartView(
                                        field(wizard, (WizardField) part, part.name(), values, byPath, actor, locale),
                                        null));
            }
        }
        List<Link> summary = errors.stream()
                .map(e -> {
                    WizardLabels.Located at = labels.locate(wizard, e.field(), locale);
                    return new Link("#" + at.anchor(), labels.labelled(at.label(), e.message(), locale));
                })
                .toList();
        int number = wizard.steps().indexOf(step) + 1;
        return new StepPage(
                wizard.type(),
                labels.title(wizard, locale),
                progress(wizard, number, locale),
                step.id(),
                labels.stepTitle(wizard, step.id(), locale),
                labels.stepIntro(wizard, step.id(), locale),
                number,
                wizard.steps().size() + 1,
                action,
                number == 1 ? labels.fixed(wizard, actor, locale) : List.of(),
                parts,
                summary,
                number == 1,
                returnToReview);
    }

    private List<ProgressItem> progress(RequestWizard<?> wizard, int current, Locale locale) {
        List<ProgressItem> items = new ArrayList<>();
        for (int i = 0; i < wizard.steps().size(); i++) {
            items.add(new ProgressItem(
                    labels.stepTitle(wizard, wizard.steps().get(i).id(), locale), i + 1 < current, i + 1 == current));
        }
        items.add(new ProgressItem(labels.stepTitle(wizard, "review", locale), false, false));
        return items;
    }

    private RowsView rows(
            RequestWizard<?> wizard,
            WizardRows rows,
            DraftValues values,
            Map<String, List<String>> errors,
            Actor actor,
            Locale locale) {
        int count = values.rows(rows);
        List<RowView> views = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<FieldView> fields = new ArrayList<>();
            for (WizardField field : rows.fields()) {
                if (field.appliesTo(values)) {
                    fields.add(field(wizard, field, rows.path(i, field), values, errors, actor, locale));
                }
            }
            List<RowsView> lists = new ArrayList<>();
            for (WizardRows inner : rows.lists()) {
                WizardRows list = rows.in(i, inner);
                if (list.appliesTo(values)) {
                    lists.add(rows(wizard, list, values, errors, actor, locale));
                }
            }
            views.add(new RowView(
                    WizardLabels.rowId(rows, i),
                    labels.row(wizard, rows.name(), i, locale),
                    fields,
                    lists,
                    count > rows.min() ? "remove:" + rows.name() + ":" + i : null,
                    labels.list(wizard, rows, ".remove", locale, i + 1)));
        }
        return new RowsView(
                WizardLabels.id(rows.name()),
                labels.list(wizard, rows, ".title", locale),
                labels.listHint(wizard, rows, locale),
                views,
                count < rows.max() ? "add:" + rows.name() : null,
                labels.list(wizard, rows, ".add", locale),
                count > rows.min(),
                errors.getOrDefault(rows.name(), List.of()));
    }

    private FieldView field(
            RequestWizard<?> wizard,
            WizardField field,
            String path,
            DraftValues values,
            Map<String, List<String>> errors,
            Actor actor,
            Locale locale) {
        String id = WizardLabels.id(path);
        var c = field.constraints();
        boolean text = field.input() == Input.TEXT || field.input() == Input.LONG_TEXT;
        boolean number = field.input() == Input.NUMBER;
        // The drafter's state makes the request, so its calendar bounds the dates the picker offers.
        LocalDate today = field.input() == Input.DATE ? clock.today(actor.jurisdiction()) : null;
        String maxDate = Objects.toString(c.latestDate(today), null);
        String minDate = Objects.toString(c.earliestDate(today), null);
        return new FieldView(
                path,
                id,
                WizardLabels.anchor(field, id),
                field.input().name(),
                labels.label(wizard, path, locale),
                labels.hint(wizard, path, locale),
                field.marked(),
                null,
                text ? c.maxLength() : null,
                number ? c.min() : null,
                number ? c.max() : null,
                c.pattern(),
                maxDate,
                minDate,
                labels.options(field, actor, locale),
                values.get(path),
                errors.getOrDefault(path, List.of()));
    }
}
