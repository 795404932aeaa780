package org.comity.core.document;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Handover manifest of a repatriation batch (legal-domain.md §5.3): how and where the batch crosses,
 * the escorting officers with their badges, and every person with their verified nationality,
 * screening status and travel document (number and expiry).
 *
 * @param escorts the escorting officers recorded when the transfer was planned
 */
public record HandoverManifest(
        UUID batchId,
        FreeText operation,
        FreeText handoverPoint,
        ZonedDateTime scheduledAt,
        Transport transport,
        List<Entry> persons,
        List<Officer> escorts)
        implements DocumentContent {

    public HandoverManifest {
        persons = List.copyOf(persons);
        escorts = List.copyOf(escorts);
        if (persons.isEmpty()) {
            throw new IllegalArgumentException("a manifest lists at least one person");
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.HANDOVER_MANIFEST;
    }

    /**
     * One row.
     *
     * @param verifiedNationality ISO 3166-1 alpha-2 code of the nationality the receiving state
     * verified, {@code null} if it has not verified one
     */
    public record Entry(
            PersonName name,
            String sex,
            LocalDate dateOfBirth,
            String verifiedNationality,
            ScreeningStatus status,
            TravelDocument travelDocument) {}

    /**
     * The person's status after the holding state's trafficking-victim screening (legal-domain.md
     * §5.3 {@code person.status}, §5.4: returnees are often coerced).
     */
    public enum ScreeningStatus {
        /** Screened, no trafficking indicators: handed over as a suspect. */
        SUSPECT_SCREENED,
        /** Screened and identified as a trafficking victim. */
        VICTIM_SCREENED,
        /** Classed as a possible trafficking victim. */
        POSSIBLE_VICTIM,
        /** No screening recorded. */
        UNSCREENED
    }
}
