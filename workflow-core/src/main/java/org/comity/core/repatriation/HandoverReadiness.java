package org.comity.core.repatriation;

import java.time.LocalDate;
import java.util.Optional;
import org.comity.core.repatriation.form.NationalityVerification;
import org.comity.core.repatriation.request.TransferInput;

/**
 * Who may be put on a transfer (legal-domain.md §5.3 and §9 item 18): only a person whose
 * nationality the receiving state confirmed and whom the holding state cleared, i.e. whose process
 * waits for the handover; for an air leg, only with a travel document still valid on the day of the
 * transfer (a person without passport or emergency travel document cannot board, §10 item 21).
 */
final class HandoverReadiness {

    private HandoverReadiness() {}

    /** What the engine knows of one person's process. */
    record PersonState(boolean waitingForHandover, String nationalityVerification, String travelDocumentExpiry) {}

    /** The rule and message the person breaks for this transfer, if any. */
    static Optional<String[]> problem(PersonState person, TransferInput.TransferMode mode, LocalDate transferDate) {
        if (!NationalityVerification.CONFIRMED.name().equals(person.nationalityVerification())) {
            return Optional.of(
                    new String[] {"NationalityConfirmed", "has no nationality confirmed by the receiving state yet"});
        }
        if (!person.waitingForHandover()) {
            return Optional.of(new String[] {
                "ReadyForTransfer",
                "is not ready for transfer: travel document or clearance pending, retained, or already handed over"
            });
        }
        if (mode == TransferInput.TransferMode.AIR
                && (person.travelDocumentExpiry() == null
                        || !LocalDate.parse(person.travelDocumentExpiry()).isAfter(transferDate))) {
            return Optional.of(new String[] {
                "TravelDocumentValid", "needs a travel document valid beyond the transfer date for an air leg"
            });
        }
        return Optional.empty();
    }
}
