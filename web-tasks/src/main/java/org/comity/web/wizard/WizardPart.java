package org.comity.web.wizard;

/** A part of a wizard step: a field, or repeatable rows of fields. */
sealed interface WizardPart permits WizardField, WizardRows {

    /** The model path of the field or of the list. */
    String name();

    /** Whether it applies to the draft as it stands. */
    boolean appliesTo(DraftValues values);
}
