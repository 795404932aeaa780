package org.comity.web.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.web.wizard.StepPage.Link;
import org.comity.web.wizard.StepPage.ReviewEntry;
import org.springframework.stereotype.Component;

/** Builds the review page: every step's values with an "edit" link, the warnings and any errors, linked to their fields. */
@Component
class ReviewPages {

    private final WizardLabels labels;

    ReviewPages(WizardLabels labels) {
        this.labels = labels;
    }

    ReviewPage review(
            RequestWizard<?> wizard,
            String draftId,
            DraftValues values,
            Evaluation evaluation,
            List<FieldError> submitErrors,
            Actor actor,
            Locale locale) {
        List<ReviewPage.Section> sections = new ArrayList<>();
        for (WizardStep step : wizard.steps()) {
            List<ReviewPage.Block> blocks = new ArrayList<>();
            for (WizardPart part : step.parts()) {
                if (part.appliesTo(values)) {
                    blocks.add(
                            part instanceof WizardRows rows
                                    ? new ReviewPage.Block(null, rows(wizard, rows, values, actor, locale))
                                    : new ReviewPage.Block(
                                            entry(wizard, (WizardField) part, part.name(), values, actor, locale),
                                            null));
                }
            }
            sections.add(new ReviewPage.Section(
                    labels.stepTitle(wizard, step.id(), locale), editHref(draftId, step), blocks));
        }
        List<FieldError> errors = new ArrayList<>(evaluation.errors());
        submitErrors.stream().filter(e -> !errors.contains(e)).forEach(errors::add);
        return new ReviewPage(
                wizard.type(),
                draftId,
                labels.title(wizard, locale),
                labels.fixed(wizard, actor, locale),
                sections,
                links(wizard, draftId, evaluation.warnings(), locale),
                links(wizard, draftId, errors, locale));
    }

    private ReviewPage.Rows rows(
            RequestWizard<?> wizard, WizardRows rows, DraftValues values, Actor actor, Locale locale) {
        List<ReviewPage.Row> list = new ArrayList<>();
        for (int i = 0; i < values.rows(rows); i++) {
            List<ReviewEntry> entries = new ArrayList<>();
            for (WizardRows.Slot slot : rows.slots(i, values)) {
                entries.add(entry(wizard, slot.field(), slot.path(), values, actor, locale));
            }
            list.add(new ReviewPage.Row(labels.row(wizard, rows.name(), i, locale), entries));
        }
        return new ReviewPage.Rows(labels.list(wizard, rows, ".title", locale), list);
    }

    private ReviewEntry entry(
            RequestWizard<?> wizard, WizardField field, String path, DraftValues values, Actor actor, Locale locale) {
        return new ReviewEntry(
                labels.label(wizard, path, locale), labels.display(field, values.get(path), actor, locale));
    }

    /** Each finding, linked to its field on the step that owns it. */
    private List<Link> links(RequestWizard<?> wizard, String draftId, List<FieldError> findings, Locale locale) {
        return findings.stream()
                .map(finding -> {
                    WizardLabels.Located at = labels.locate(wizard, finding.field(), locale);
                    String href = wizard.steps().stream()
                            .filter(s -> s.owns(finding.field()))
                            .findFirst()
                            .map(s -> editHref(draftId, s) + "#" + at.anchor())
                            .orElse(null);
                    return new Link(href, labels.labelled(at.label(), finding.message(), locale));
                })
                .toList();
    }

    private static String editHref(String draftId, WizardStep step) {
        return WizardPages.DRAFTS + draftId + "/" + step.id() + "?from=review";
    }
}
