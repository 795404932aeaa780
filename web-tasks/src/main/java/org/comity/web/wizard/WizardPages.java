package org.comity.web.wizard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.web.wizard.StepPage.FieldView;
import org.comity.web.wizard.StepPage.Link;
import org.comity.web.wizard.StepPage.PartView;
import org.comity.web.wizard.StepPage.ProgressItem;
import org.comity.web.wizard.StepPage.ReviewEntry;
import org.comity.web.wizard.StepPage.RowView;
import org.comity.web.wizard.StepPage.RowsView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds what the templates show from a wizard's definition, a draft's values and its errors, in
 * the officer's language. Labels and hints come from {@code messages*.properties} under
 * {@code wizard.<type>.<path without row numbers>} (a hint under {@code ….hint}); a list has
 * {@code .title}, {@code .row}, {@code .add} and {@code .remove}.
 */
@Component
class WizardPages {

    static final String DRAFTS = "/requests/drafts/";

    private final MessageSource messages;
    private final Clock clock;

    WizardPages(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    StepPage step(RequestWizard<?> wizard, WizardStep step, String action, DraftValues values,
            List<FieldError> errors, Actor actor, Locale locale, boolean returnToReview) {
        Map<String, List<String>> byPath = errors.stream().collect(Collectors.groupingBy(FieldError::field,
                LinkedHashMap::new, Collectors.mapping(FieldError::message, Collectors.toList())));
        List<PartView> parts = new ArrayList<>();
        for (WizardPart part : step.parts()) {
            if (!part.appliesTo(values)) {
                continue;
            }
            parts.add(part instanceof WizardRows rows
                    ? new PartView(null, rows(wizard, rows, values, byPath, actor, locale))
                    : new PartView(field(wizard, (WizardField) part, part.name(), label(wizard, part.name(), locale),
                            values, byPath, actor, locale), null));
        }
        List<Link> summary = errors.stream().map(e -> {
            Located at = locate(wizard, e.field(), locale);
            return new Link("#" + at.anchor(), msg("wizard.labelled", locale, at.label(), e.message()));
        }).toList();
        int number = wizard.steps().indexOf(step) + 1;
        List<ReviewEntry> fixed = number == 1 ? fixed(wizard, actor, locale) : List.of();
        return new StepPage(wizard.type(), msg(titleKey(wizard), locale), progress(wizard, number, locale), step.id(),
                msg(stepKey(wizard, step.id()), locale), optional(stepKey(wizard, step.id()) + ".intro", locale),
                number, wizard.steps().size() + 1, action, fixed, parts, summary, number == 1, returnToReview);
    }

    ReviewPage review(RequestWizard<?> wizard, String draftId, DraftValues values, Evaluation evaluation,
            List<FieldError> submitErrors, Actor actor, Locale locale) {
        List<ReviewPage.Section> sections = new ArrayList<>();
        for (WizardStep step : wizard.steps()) {
            List<ReviewPage.Block> blocks = new ArrayList<>();
            for (WizardPart part : step.parts()) {
                if (!part.appliesTo(values)) {
                    continue;
                }
                if (part instanceof WizardRows rows) {
                    blocks.add(new ReviewPage.Block(null, reviewRows(wizard, rows, values, actor, locale)));
                } else {
                    WizardField field = (WizardField) part;
                    blocks.add(new ReviewPage.Block(new ReviewEntry(label(wizard, field.name(), locale),
                            display(field, values.get(field.name()), actor, locale)), null));
                }
            }
            sections.add(new ReviewPage.Section(msg(stepKey(wizard, step.id()), locale), editHref(draftId, step),
                    blocks));
        }
        List<FieldError> errors = new ArrayList<>(evaluation.errors());
        submitErrors.stream().filter(e -> !errors.contains(e)).forEach(errors::add);
        return new ReviewPage(wizard.type(), draftId, msg(titleKey(wizard), locale), fixed(wizard, actor, locale), sections,
                links(wizard, draftId, evaluation.warnings(), locale), links(wizard, draftId, errors, locale));
    }

    static String titleKey(RequestWizard<?> wizard) {
        return "wizard." + wizard.type() + ".title";
    }

    /** The title of a step, or of the review, for the list of drafts. */
    String stepTitle(RequestWizard<?> wizard, String stepId, Locale locale) {
        return messages.getMessage(stepKey(wizard, stepId), null, stepId, locale);
    }

    private List<Link> links(RequestWizard<?> wizard, String draftId, List<FieldError> findings, Locale locale) {
        return findings.stream().map(finding -> {
            Located at = locate(wizard, finding.field(), locale);
            String href = wizard.steps().stream().filter(s -> s.owns(finding.field())).findFirst()
                    .map(s -> editHref(draftId, s) + "#" + at.anchor()).orElse(null);
            return new Link(href, at.label().isBlank() ? finding.message()
                    : msg("wizard.labelled", locale, at.label(), finding.message()));
        }).toList();
    }

    private static String editHref(String draftId, WizardStep step) {
        return DRAFTS + draftId + "/" + step.id() + "?from=review";
    }

    private List<ProgressItem> progress(RequestWizard<?> wizard, int current, Locale locale) {
        List<ProgressItem> items = new ArrayList<>();
        for (int i = 0; i < wizard.steps().size(); i++) {
            items.add(new ProgressItem(msg(stepKey(wizard, wizard.steps().get(i).id()), locale), i + 1 < current,
                    i + 1 == current));
        }
        items.add(new ProgressItem(msg(stepKey(wizard, "review"), locale), false, false));
        return items;
    }

    private List<ReviewEntry> fixed(RequestWizard<?> wizard, Actor actor, Locale locale) {
        return wizard.fixedValues(actor, locale).entrySet().stream()
                .map(e -> new ReviewEntry(label(wizard, e.getKey(), locale), e.getValue().label())).toList();
    }

    private RowsView rows(RequestWizard<?> wizard, WizardRows rows, DraftValues values,
            Map<String, List<String>> errors, Actor actor, Locale locale) {
        String key = key(wizard, rows.name());
        int count = values.rows(rows);
        List<RowView> views = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<FieldView> fields = new ArrayList<>();
            for (WizardField field : rows.fields()) {
                if (field.appliesTo(values)) {
                    String path = rows.path(i, field);
                    fields.add(field(wizard, field, path, label(wizard, path, locale), values, errors, actor, locale));
                }
            }
            views.add(new RowView(rowId(rows, i), msg(key + ".row", locale, i + 1), fields,
                    count > rows.min() ? "remove:" + rows.name() + ":" + i : null, msg(key + ".remove", locale, i + 1)));
        }
        return new RowsView(id(rows.name()), msg(key + ".title", locale), optional(key + ".hint", locale), views,
                count < rows.max() ? "add:" + rows.name() : null, msg(key + ".add", locale), count > rows.min(),
                errors.getOrDefault(rows.name(), List.of()));
    }

    private FieldView field(RequestWizard<?> wizard, WizardField field, String path, String label, DraftValues values,
            Map<String, List<String>> errors, Actor actor, Locale locale) {
        String id = id(path);
        var c = field.constraints();
        boolean text = field.input() == Input.TEXT || field.input() == Input.LONG_TEXT;
        boolean number = field.input() == Input.NUMBER;
        String maxDate = "pastOrPresent".equals(c.temporal()) ? LocalDate.now(clock).toString() : null;
        return new FieldView(path, id, anchor(field, id), field.input().name(), label,
                optional(key(wizard, path) + ".hint", locale), field.marked(), text ? c.maxLength() : null,
                number ? c.min() : null, number ? c.max() : null, c.pattern(), maxDate, options(field, actor, locale),
                values.get(path), errors.getOrDefault(path, List.of()));
    }

    private List<Choice> options(WizardField field, Actor actor, Locale locale) {
        if (field.input() == Input.YES_NO) {
            return List.of(new Choice("true", msg("form.yes", locale)), new Choice("false", msg("form.no", locale)));
        }
        return field.input().hasOptions() ? field.options().options(actor, locale) : List.of();
    }

    private ReviewPage.Rows reviewRows(RequestWizard<?> wizard, WizardRows rows, DraftValues values, Actor actor,
            Locale locale) {
        String key = key(wizard, rows.name());
        List<ReviewPage.Row> list = new ArrayList<>();
        for (int i = 0; i < values.rows(rows); i++) {
            List<ReviewEntry> entries = new ArrayList<>();
            for (WizardField field : rows.fields()) {
                if (field.appliesTo(values)) {
                    String path = rows.path(i, field);
                    entries.add(new ReviewEntry(label(wizard, path, locale), display(field, values.get(path), actor, locale)));
                }
            }
            list.add(new ReviewPage.Row(msg(key + ".row", locale, i + 1), entries));
        }
        return new ReviewPage.Rows(msg(key + ".title", locale), list);
    }

    /** The value as the officer reads it: the option's label, yes or no, or "not given". */
    private String display(WizardField field, String value, Actor actor, Locale locale) {
        if (field.input() == Input.CHECKBOX || field.input() == Input.YES_NO) {
            return value == null ? msg("wizard.notGiven", locale) : msg("true".equals(value) ? "form.yes" : "form.no", locale);
        }
        if (value == null) {
            return msg("wizard.notGiven", locale);
        }
        return options(field, actor, locale).stream().filter(c -> c.value().equals(value)).map(Choice::label)
                .findFirst().orElse(value);
    }

    /** Where an error or warning on {@code path} is shown: its label and the id to link to. */
    Located locate(RequestWizard<?> wizard, String path, Locale locale) {
        for (WizardStep step : wizard.steps()) {
            for (WizardPart part : step.parts()) {
                if (part instanceof WizardRows rows && path.startsWith(rows.name() + "[")) {
                    return new Located(label(wizard, path, locale), rowAnchor(rows, path));
                }
                if (part.name().equals(path)) {
                    String id = id(path);
                    return new Located(label(wizard, path, locale),
                            part instanceof WizardField field ? anchor(field, id) : id);
                }
            }
        }
        return new Located(messages.getMessage(key(wizard, path), null, path, locale), "step-form");
    }

    /** A label and the id of the element it refers to. */
    record Located(String label, String anchor) {
    }

    private String rowAnchor(WizardRows rows, String path) {
        for (WizardField field : rows.fields()) {
            String suffix = field.name().isEmpty() ? "]" : "]." + field.name();
            if (path.endsWith(suffix)) {
                return anchor(field, id(path));
            }
        }
        return id(path);
    }

    /**
     * A field's label; in a list, prefixed by its row ("Offence 2 · Description") or, for a list
     * of single values, the row itself ("Nationality 1").
     */
    String label(RequestWizard<?> wizard, String path, Locale locale) {
        int open = path.indexOf('[');
        if (open < 0) {
            return messages.getMessage(key(wizard, path), null, path, locale);
        }
        int close = path.indexOf(']', open);
        String list = path.substring(0, open);
        int row = Integer.parseInt(path.substring(open + 1, close)) + 1;
        String legend = msg(key(wizard, list) + ".row", locale, row);
        String rest = path.substring(close + 1);
        if (rest.isEmpty()) {
            return legend;
        }
        return legend + " · " + messages.getMessage(key(wizard, list + rest), null, path, locale);
    }

    private static String anchor(WizardField field, String id) {
        return field.input() == Input.RADIO || field.input() == Input.YES_NO ? id + "-0" : id;
    }

    /** The HTML id of row {@code index}'s container (not of its field: a list of single values has both). */
    static String rowId(WizardRows rows, int index) {
        return id(rows.name() + "[" + index + "]") + "-row";
    }

    /** The HTML id of a path: {@code offences[1].dateTo} → {@code offences-1-dateTo}. */
    static String id(String path) {
        return path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    private static String key(RequestWizard<?> wizard, String path) {
        return "wizard." + wizard.type() + "." + path.replaceAll("\\[\\d+]", "");
    }

    private static String stepKey(RequestWizard<?> wizard, String stepId) {
        return "wizard." + wizard.type() + ".step." + stepId;
    }

    /** Every message key a wizard's pages use, for the test that both languages have each. */
    static Set<String> keys(RequestWizard<?> wizard) {
        Set<String> keys = new java.util.TreeSet<>();
        keys.add(titleKey(wizard));
        keys.add("wizard." + wizard.type() + ".description");
        keys.add(stepKey(wizard, "review"));
        for (WizardStep step : wizard.steps()) {
            keys.add(stepKey(wizard, step.id()));
            for (WizardPart part : step.parts()) {
                if (part instanceof WizardRows rows) {
                    for (String suffix : List.of(".title", ".row", ".add", ".remove")) {
                        keys.add(key(wizard, rows.name()) + suffix);
                    }
                    rows.fields().stream().filter(f -> !f.name().isEmpty())
                            .forEach(f -> keys.add(key(wizard, rows.name() + "." + f.name())));
                } else {
                    keys.add(key(wizard, part.name()));
                }
            }
        }
        return keys;
    }

    private String msg(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private String optional(String key, Locale locale) {
        return messages.getMessage(key, null, null, locale);
    }
}
