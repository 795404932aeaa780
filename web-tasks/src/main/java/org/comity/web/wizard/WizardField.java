package org.comity.web.wizard;

import java.util.function.Function;
import java.util.function.Predicate;
import org.comity.core.form.FieldConstraints;

/**
 * One field of a wizard step, named by its path in the request model ({@code person.sex}), or,
 * inside repeatable rows, relative to the row ({@code description} of {@code offences[i]}; the
 * empty name for a list of plain values such as {@code person.nationalities[i]}). The name is at
 * once the HTML field name, the key in the draft and the path of the model's validation errors,
 * so an error lands next to the field that caused it.
 * <p>
 * Whether it is required is read from the model's Bean Validation annotations (see
 * {@link ModelPaths}), so the mark on the form cannot disagree with the server; only yes/no
 * questions on primitive booleans, which the model cannot leave unanswered, are required by the
 * wizard itself ({@link #answerRequired}).
 *
 * @param name model path, absolute or relative to its rows
 * @param input how it is entered
 * @param constraints length, range, pattern (HTML syntax) and temporal limits the browser checks
 *     too; the server enforces the length and the model's own rules
 * @param options the options of a choice
 * @param appliesWhen whether the field applies to the draft as it stands; a field that does not
 *     apply is neither shown, nor validated, nor submitted (e.g. the warrant of an enforcement request)
 * @param answerRequired a yes/no question that must be answered, or a multiple choice the model's
 *     rules require an answer to (marked only: the rule itself names the error)
 * @param required whether the model requires it (set by {@link ModelPaths#resolve})
 * @param toModel turns the entered value into the model's (e.g. months into an ISO period)
 * @param inModel false for a question that only steers the wizard ("does the request include a
 *     summons?"): it is saved in the draft and shown on the review, but is not part of the request
 */
record WizardField(
        String name,
        Input input,
        FieldConstraints constraints,
        OptionSource options,
        Predicate<DraftValues> appliesWhen,
        boolean answerRequired,
        boolean required,
        Function<Object, Object> toModel,
        boolean inModel)
        implements WizardPart {

    static final int TEXT_LENGTH = 200;
    static final int LONG_TEXT_LENGTH = 4000;

    static WizardField of(String name, Input input) {
        int length = input == Input.LONG_TEXT ? LONG_TEXT_LENGTH : TEXT_LENGTH;
        return new WizardField(
                name,
                input,
                new FieldConstraints(null, length, null, null, null, null),
                OptionSource.NONE,
                values -> true,
                false,
                false,
                Function.identity(),
                true);
    }

    /** A question that steers which fields apply but is not part of the request model. */
    static WizardField question(String name, Input input) {
        return of(name, input).outsideModel();
    }

    static WizardField choice(String name, Input input, OptionSource options) {
        return of(name, input).withOptions(options);
    }

    WizardField withOptions(OptionSource source) {
        return new WizardField(
                name, input, constraints, source, appliesWhen, answerRequired, required, toModel, inModel);
    }

    WizardField maxLength(int length) {
        return with(new FieldConstraints(
                null, length, constraints.min(), constraints.max(), constraints.pattern(), constraints.temporal()));
    }

    WizardField range(Long min, Long max) {
        return with(new FieldConstraints(
                null, constraints.maxLength(), min, max, constraints.pattern(), constraints.temporal()));
    }

    /** A pattern for the browser, in the syntax of HTML's {@code pattern} attribute. */
    WizardField pattern(String htmlPattern) {
        return with(new FieldConstraints(
                null,
                constraints.maxLength(),
                constraints.min(),
                constraints.max(),
                htmlPattern,
                constraints.temporal()));
    }

    /** A date that cannot lie after today (the browser's date picker stops there). */
    WizardField notAfterToday() {
        return with(new FieldConstraints(
                null,
                constraints.maxLength(),
                constraints.min(),
                constraints.max(),
                constraints.pattern(),
                "pastOrPresent"));
    }

    WizardField when(Predicate<DraftValues> condition) {
        return new WizardField(
                name, input, constraints, options, condition, answerRequired, required, toModel, inModel);
    }

    WizardField mustBeAnswered() {
        return new WizardField(name, input, constraints, options, appliesWhen, true, required, toModel, inModel);
    }

    WizardField converted(Function<Object, Object> conversion) {
        return new WizardField(
                name, input, constraints, options, appliesWhen, answerRequired, required, conversion, inModel);
    }

    WizardField required(boolean byModel) {
        return new WizardField(
                name, input, constraints, options, appliesWhen, answerRequired, byModel, toModel, inModel);
    }

    private WizardField outsideModel() {
        return new WizardField(
                name, input, constraints, options, appliesWhen, answerRequired, required, toModel, false);
    }

    /**
     * Whether it is one given slot of a list inside a row ({@code nationalities[1]} of a person):
     * left empty, the slot is left out of the list rather than being an empty element.
     */
    boolean slot() {
        return name.contains("[");
    }

    /** Whether the form marks it as required. */
    boolean marked() {
        return required || answerRequired;
    }

    @Override
    public boolean appliesTo(DraftValues values) {
        return appliesWhen.test(values);
    }

    private WizardField with(FieldConstraints newConstraints) {
        return new WizardField(
                name, input, newConstraints, options, appliesWhen, answerRequired, required, toModel, inModel);
    }
}
