package org.comity.web.wizard;

/** How a wizard field is entered; each is one kind of HTML control and one kind of model value. */
enum Input {

    /** One line of text. */
    TEXT,

    /** Several lines of text. */
    LONG_TEXT,

    /** An ISO date ({@code <input type=date>}). */
    DATE,

    /** A whole number. */
    NUMBER,

    /** One of many options ({@code <select>}). */
    SELECT,

    /** One of a few options, all visible (radio buttons). */
    RADIO,

    /** Any number of a few options, all visible (check boxes); a list in the model. */
    CHOICES,

    /** An explicit yes or no: unanswered is not the same as no. */
    YES_NO,

    /** Ticked or not, e.g. an undertaking given. */
    CHECKBOX;

    /** Whether the field offers a fixed set of values. */
    boolean hasOptions() {
        return this == SELECT || this == RADIO || this == CHOICES;
    }
}
