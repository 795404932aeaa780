package org.comity.core.repatriation.document;

import org.comity.core.document.HandoverManifest.ScreeningStatus;
import org.comity.core.repatriation.form.TraffickingScreening;
import org.comity.core.repatriation.request.PersonCategory;

/**
 * A person's status on the manifest (legal-domain.md §5.3 {@code person.status}) from the holding
 * state's class of the person and the outcome of its trafficking-victim screening at clearance
 * ({@code Task_ClearForTransfer}): a victim identified there, or classed as one, is printed as a
 * screened victim; no screening recorded is printed as such, never as a suspect.
 */
final class ScreeningStatuses {

    private ScreeningStatuses() {}

    static ScreeningStatus of(PersonCategory category, String screening) {
        if (category == PersonCategory.TRAFFICKING_VICTIM
                || TraffickingScreening.VICTIM_IDENTIFIED.name().equals(screening)) {
            return ScreeningStatus.VICTIM_SCREENED;
        }
        if (category == PersonCategory.POSSIBLE_TRAFFICKING_VICTIM) {
            return ScreeningStatus.POSSIBLE_VICTIM;
        }
        return screening == null ? ScreeningStatus.UNSCREENED : ScreeningStatus.SUSPECT_SCREENED;
    }
}
