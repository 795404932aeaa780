package org.comity.core.repatriation;

import java.time.LocalDate;

/**
 * A person of an operation as a list shows it to the two states and auditors.
 *
 * @param readyForTransfer whether the person's process waits for a handover, no transfer takes them yet
 *     and no route conflict holds them back
 * @param stage where the person stands, named as in {@link OperationMetrics#personsPerStage()}; {@code null}
 *     while the person's process has not started
 * @param nationalityVerification the receiving state's last answer on the claimed nationality ({@code CONFIRMED},
 *     {@code NOT_CONFIRMED}, {@code MORE_INFORMATION_NEEDED}), or {@code null} while none is given
 */
public record PersonSummary(
        String id,
        String nameOriginal,
        String nameLatin,
        String sex,
        LocalDate dateOfBirth,
        String claimedNationality,
        String category,
        String callCentre,
        boolean readyForTransfer,
        String stage,
        String nationalityVerification) {}
