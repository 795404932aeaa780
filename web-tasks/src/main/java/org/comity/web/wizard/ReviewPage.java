package org.comity.web.wizard;

import java.util.List;
import org.comity.web.wizard.StepPage.Link;
import org.comity.web.wizard.StepPage.ReviewEntry;

/**
 * Everything a draft holds on one page, step by step with an "edit" link each, the warnings a
 * reviewer will see, and any error that still stops the submission.
 *
 * @param type the wizard's type
 * @param draftId the draft
 * @param wizardTitle the kind of request
 * @param fixed values that follow from the officer (e.g. the requesting state)
 * @param sections one per step
 * @param warnings findings that do not stop the request, linked to the field
 * @param errors what still stops it, linked to the field
 */
record ReviewPage(
        String type,
        String draftId,
        String wizardTitle,
        List<ReviewEntry> fixed,
        List<Section> sections,
        List<Link> warnings,
        List<Link> errors) {

    /** A step's data and the link to edit it. */
    record Section(String title, String editHref, List<Block> blocks) {}

    /** One value, or a list of rows; exactly one is set. */
    record Block(ReviewEntry entry, Rows rows) {}

    /** A list: its title and each row's legend and values. */
    record Rows(String title, List<Row> rows) {}

    record Row(String legend, List<ReviewEntry> entries) {}
}
