package org.comity.core.document;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Record of surrender (handover protocol and property list, legal-domain.md §2.8 step A18): what
 * the two states agreed (S10 Art. 38) and what happened. The officers are printed as the executing
 * officer wrote them: the form asks for names in one text, and splitting it on commas turned an
 * agency ("Myanmar Police Force") into an officer.
 *
 * @param agreedDate the date agreed for the surrender
 * @param handoverPoint the place agreed
 * @param escort the escort arrangements agreed, {@code null} if none were recorded
 * @param deliveringOfficers the requested state's officers, as written
 * @param receivingOfficers the requesting state's officers, as written
 * @param propertyHandedOver one entry a line, as written
 */
public record SurrenderRecord(
        Subject person,
        LocalDate agreedDate,
        FreeText handoverPoint,
        FreeText escort,
        ZonedDateTime surrenderedAt,
        FreeText deliveringOfficers,
        FreeText receivingOfficers,
        List<FreeText> propertyHandedOver)
        implements DocumentContent {

    public SurrenderRecord {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(surrenderedAt, "surrenderedAt");
        Objects.requireNonNull(deliveringOfficers, "deliveringOfficers");
        Objects.requireNonNull(receivingOfficers, "receivingOfficers");
        propertyHandedOver = List.copyOf(propertyHandedOver);
    }

    @Override
    public DocumentType type() {
        return DocumentType.SURRENDER_RECORD;
    }
}
