package org.comity.web.wizard;

import java.util.List;

/**
 * One step of a wizard.
 *
 * @param id the step's code, in URLs and message keys ({@code wizard.<type>.step.<id>})
 * @param parts its fields and rows, in the order shown
 * @param owns model paths whose errors belong to this step: an error on a path equal to one of
 *     them, or below it ({@code person} owns {@code person.sex} and {@code person.nationalities[0]}),
 *     keeps the officer on this step
 */
record WizardStep(String id, List<WizardPart> parts, List<String> owns) {

    WizardStep {
        parts = List.copyOf(parts);
        owns = List.copyOf(owns);
    }

    static WizardStep of(String id, List<String> owns, WizardPart... parts) {
        return new WizardStep(id, List.of(parts), owns);
    }

    /** Whether an error on {@code path} belongs to this step. */
    boolean owns(String path) {
        return owns.stream()
                .anyMatch(prefix ->
                        path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "["));
    }

    WizardStep withParts(List<WizardPart> newParts) {
        return new WizardStep(id, newParts, owns);
    }
}
