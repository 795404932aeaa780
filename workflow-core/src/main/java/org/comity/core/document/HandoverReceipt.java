package org.comity.core.document;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Receipt signed by the receiving state (legal-domain.md §5.3 {@code receipt}): when the persons
 * were handed over as the holding officer recorded it (not when the receipt was printed), how they
 * travelled and who escorted them, how many the manifest listed, how many were handed over and
 * received, each listed person with their travel document and whether they were received, every
 * discrepancy, and which manifest it acknowledges, by document id, verification code and SHA-256, so
 * that the two papers can be matched.
 *
 * @param handedOverAt the handover as recorded at {@code Task_ExecuteHandover}
 * @param transport how the batch travelled, as planned
 * @param persons every person on the manifest, in the manifest's order
 * @param escorts the escorting officers recorded with the transfer
 * @param handover what the holding officer recorded at the handover, {@code null} if nothing was recorded
 * @param manifest the manifest acknowledged, {@code null} if none was issued
 */
public record HandoverReceipt(
        UUID batchId,
        FreeText handoverPoint,
        ZonedDateTime handedOverAt,
        Transport transport,
        int listed,
        int received,
        List<Line> persons,
        List<Discrepancy> discrepancies,
        Officer receivedBy,
        List<Officer> escorts,
        Handover handover,
        ManifestReference manifest)
        implements DocumentContent {

    public HandoverReceipt {
        persons = List.copyOf(persons);
        discrepancies = List.copyOf(discrepancies);
        escorts = List.copyOf(escorts);
    }

    @Override
    public DocumentType type() {
        return DocumentType.HANDOVER_RECEIPT;
    }

    /** A person on the manifest, their travel document and whether the receiving state received them. */
    public record Line(PersonName name, TravelDocument travelDocument, boolean received) {}

    /** A listed person not received, or received with a difference, and what was found. */
    public record Discrepancy(PersonName person, FreeText finding) {}

    /**
     * The holding officer's record of the handover.
     *
     * @param remarks {@code null} when none were written
     */
    public record Handover(int personsHandedOver, int escortOfficers, FreeText remarks) {}

    /** The issued manifest this receipt acknowledges. */
    public record ManifestReference(UUID documentId, String verificationCode, String sha256) {

        public ManifestReference {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(sha256, "sha256");
        }
    }
}
