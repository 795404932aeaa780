package org.comity.web.wizard;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.comity.core.identity.Actor;
import org.comity.web.form.Choice;
import org.comity.web.wizard.StepPage.ReviewEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words and ids of a wizard's pages, in the officer's language. Labels and hints come from
 * {@code messages*.properties} under {@code wizard.<type>.<path without row numbers>} (a hint under
 * {@code ….hint}); a list has {@code .title}, {@code .row}, {@code .add} and {@code .remove}; a
 * step {@code wizard.<type>.step.<id>} and, optionally, {@code ….intro}. An HTML id is the model
 * path with its punctuation turned into dashes, so an error on a path links to its field.
 */
@Component
class WizardLabels {

    private final MessageSource messages;

    WizardLabels(MessageSource messages) {
        this.messages = messages;
    }

    static String titleKey(RequestWizard<?> wizard) {
        return "wizard." + wizard.type() + ".title";
    }

    String title(RequestWizard<?> wizard, Locale locale) {
        return msg(titleKey(wizard), locale);
    }

    /** The title of a step, or of the review. */
    String stepTitle(RequestWizard<?> wizard, String stepId, Locale locale) {
        return messages.getMessage(stepKey(wizard, stepId), null, stepId, locale);
    }

    String stepIntro(RequestWizard<?> wizard, String stepId, Locale locale) {
        return optional(stepKey(wizard, stepId) + ".intro", locale);
    }

    String hint(RequestWizard<?> wizard, String path, Locale locale) {
        return optional(key(wizard, path) + ".hint", locale);
    }

    /** "Label: message", punctuated as the language punctuates it. */
    String labelled(String label, String message, Locale locale) {
        return label.isBlank() ? message : msg("wizard.labelled", locale, label, message);
    }

    /**
     * A field's label; in a list, prefixed by its row ("Offence 2 · Description") or, for a list
     * of single values, the row itself ("Nationality 1").
     */
    String label(RequestWizard<?> wizard, String path, Locale locale) {
        return label(wizard, "", path, path, locale);
    }

    /** The label of {@code path} inside the lists {@code outer} ("personsConcerned." or ""), row legends first. */
    private String label(RequestWizard<?> wizard, String outer, String path, String full, Locale locale) {
        int open = path.indexOf('[');
        if (open < 0) {
            return messages.getMessage(key(wizard, outer + path), null, full, locale);
        }
        int close = path.indexOf(']', open);
        String list = outer + path.substring(0, open);
        String legend = row(wizard, list, Integer.parseInt(path.substring(open + 1, close)), locale);
        String rest = path.substring(close + 1);
        return rest.isEmpty() ? legend : legend + " · " + label(wizard, list + ".", rest.substring(1), full, locale);
    }

    /** The legend of row {@code index} of a list: "Offence 2". */
    String row(RequestWizard<?> wizard, String list, int index, Locale locale) {
        return msg(key(wizard, list) + ".row", locale, index + 1);
    }

    String list(RequestWizard<?> wizard, WizardRows rows, String suffix, Locale locale, Object... arguments) {
        return msg(key(wizard, rows.name()) + suffix, locale, arguments);
    }

    String listHint(RequestWizard<?> wizard, WizardRows rows, Locale locale) {
        return optional(key(wizard, rows.name()) + ".hint", locale);
    }

    /** The options of a choice, and "yes"/"no" for a yes/no question. */
    List<Choice> options(WizardField field, Actor actor, Locale locale) {
        if (field.input() == Input.YES_NO) {
            return List.of(new Choice("true", msg("form.yes", locale)), new Choice("false", msg("form.no", locale)));
        }
        return field.input().hasOptions() ? field.options().options(actor, locale) : List.of();
    }

    /** The value as the officer reads it: the option's label, yes or no, or "not given". */
    String display(WizardField field, String value, Actor actor, Locale locale) {
        if (field.input() == Input.CHECKBOX || field.input() == Input.YES_NO) {
            return value == null
                    ? msg("wizard.notGiven", locale)
                    : msg("true".equals(value) ? "form.yes" : "form.no", locale);
        }
        if (value == null) {
            return msg("wizard.notGiven", locale);
        }
        if (field.input() == Input.CHOICES) {
            List<Choice> options = options(field, actor, locale);
            return String.join(
                    ", ",
                    DraftValues.split(value).stream()
                            .map(v -> options.stream()
                                    .filter(c -> c.value().equals(v))
                                    .map(Choice::label)
                                    .findFirst()
                                    .orElse(v))
                            .toList());
        }
        return options(field, actor, locale).stream()
                .filter(c -> c.value().equals(value))
                .map(Choice::label)
                .findFirst()
                .orElse(value);
    }

    /** The values that follow from the officer, labelled. */
    List<ReviewEntry> fixed(RequestWizard<?> wizard, Actor actor, Locale locale) {
        return wizard.fixedValues(actor, locale).entrySet().stream()
                .map(e -> new ReviewEntry(
                        label(wizard, e.getKey(), locale), e.getValue().label()))
                .toList();
    }

    /** Where an error or warning on {@code path} is shown: its label and the id to link to. */
    Located locate(RequestWizard<?> wizard, String path, Locale locale) {
        for (WizardStep step : wizard.steps()) {
            for (WizardPart part : step.parts()) {
                if (part instanceof WizardRows rows && path.startsWith(rows.name() + "[")) {
                    return new Located(label(wizard, path, locale), rowAnchor(rows, path));
                }
                if (part.name().equals(path)) {
                    return new Located(
                            label(wizard, path, locale),
                            part instanceof WizardField field ? anchor(field, id(path)) : id(path));
                }
            }
        }
        return new Located(messages.getMessage(key(wizard, path), null, path, locale), "step-form");
    }

    /** A label and the id of the element it refers to. */
    record Located(String label, String anchor) {}

    private static String rowAnchor(WizardRows rows, String path) {
        for (WizardField field : rows.fields()) {
            if (path.endsWith(field.name().isEmpty() ? "]" : "]." + field.name())) {
                return anchor(field, id(path));
            }
        }
        return id(path);
    }

    /** What an error links to: the control, or a radio group's first button. */
    static String anchor(WizardField field, String id) {
        return field.input() == Input.RADIO || field.input() == Input.YES_NO || field.input() == Input.CHOICES
                ? id + "-0"
                : id;
    }

    /** The HTML id of row {@code index}'s container (not of its field: a list of single values has both). */
    static String rowId(WizardRows rows, int index) {
        return id(rows.name() + "[" + index + "]") + "-row";
    }

    /** The HTML id of a path: {@code offences[1].dateTo} → {@code offences-1-dateTo}. */
    static String id(String path) {
        return path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    /** Every message key a wizard's pages use, for the test that both languages have each. */
    static Set<String> keys(RequestWizard<?> wizard) {
        Set<String> keys = new TreeSet<>(
                List.of(titleKey(wizard), "wizard." + wizard.type() + ".description", stepKey(wizard, "review")));
        for (WizardStep step : wizard.steps()) {
            keys.add(stepKey(wizard, step.id()));
            for (WizardPart part : step.parts()) {
                if (part instanceof WizardRows rows) {
                    listKeys(wizard, rows, keys);
                    rows.lists().forEach(inner -> listKeys(wizard, rows.in(0, inner), keys));
                } else {
                    keys.add(key(wizard, part.name()));
                }
            }
        }
        return keys;
    }

    private static void listKeys(RequestWizard<?> wizard, WizardRows rows, Set<String> keys) {
        List.of(".title", ".row", ".add", ".remove").forEach(s -> keys.add(key(wizard, rows.name()) + s));
        rows.fields().stream()
                .filter(f -> !f.name().isEmpty())
                .forEach(f -> keys.add(key(wizard, rows.name()) + "." + f.name()));
    }

    private static String key(RequestWizard<?> wizard, String path) {
        return "wizard." + wizard.type() + "." + path.replaceAll("\\[\\d+]", "");
    }

    private static String stepKey(RequestWizard<?> wizard, String stepId) {
        return "wizard." + wizard.type() + ".step." + stepId;
    }

    String msg(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private String optional(String key, Locale locale) {
        return messages.getMessage(key, null, null, locale);
    }
}
