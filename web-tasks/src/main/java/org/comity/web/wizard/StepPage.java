package org.comity.web.wizard;

import java.util.List;
import org.comity.web.form.FieldView;

/**
 * What the step template shows: the wizard and where the officer is in it, the step's fields with
 * their values and errors, and the error summary whose links lead to the fields.
 *
 * @param type the wizard's type
 * @param wizardTitle the kind of request
 * @param progress every step with its state
 * @param stepId this step's id
 * @param title this step's title
 * @param intro what this step is for, if anything needs saying
 * @param number this step's position, from 1
 * @param total the number of steps including the review
 * @param action where the form posts
 * @param fixed values the officer does not enter (e.g. the requesting state), shown on the first step
 * @param parts the fields and rows
 * @param summary every error of the step, linked to its field
 * @param first whether this is the first step (no "Back")
 * @param returnToReview whether "Next" goes back to the review (the officer came to edit)
 */
record StepPage(
        String type,
        String wizardTitle,
        List<ProgressItem> progress,
        String stepId,
        String title,
        String intro,
        int number,
        int total,
        String action,
        List<ReviewEntry> fixed,
        List<PartView> parts,
        List<Link> summary,
        boolean first,
        boolean returnToReview) {

    /** One step in the progress list. */
    record ProgressItem(String title, boolean done, boolean current) {}

    /** A field or a list of rows; exactly one is set. */
    record PartView(FieldView field, RowsView rows) {}

    /** Repeatable rows with their add and remove buttons (plain submits). */
    record RowsView(
            String id,
            String title,
            String hint,
            List<RowView> rows,
            String addAction,
            String addLabel,
            boolean canRemove,
            List<String> errors) {}

    /** One row: its legend ("Offence 2"), fields, the lists inside it (a person's nationalities), and remove button. */
    record RowView(
            String id,
            String legend,
            List<FieldView> fields,
            List<RowsView> lists,
            String removeAction,
            String removeLabel) {

        /** A row of one value ("Nationality 2"): shown as its field alone, without a legend of its own. */
        public boolean single() {
            return fields.size() == 1
                    && lists.isEmpty()
                    && fields.get(0).label().endsWith(legend);
        }
    }

    /** A message that links to where it applies. */
    record Link(String href, String text) {}

    /** A label and a value for display. */
    record ReviewEntry(String label, String value) {}
}
