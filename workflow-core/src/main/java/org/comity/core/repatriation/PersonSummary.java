package org.comity.core.repatriation;

import java.time.LocalDate;

/**
 * A person of an operation as a list shows it to the two states and auditors.
 *
 * @param readyForTransfer whether the person's process waits for a handover, no transfer takes them yet
 *     and no route conflict holds them back
 */
public record PersonSummary(String id, String nameOriginal, String nameLatin, String sex, LocalDate dateOfBirth,
        String claimedNationality, String category, String callCentre, boolean readyForTransfer) {
}
