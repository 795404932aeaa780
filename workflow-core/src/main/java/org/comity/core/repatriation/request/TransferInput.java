package org.comity.core.repatriation.request;

import java.time.LocalDate;
import java.util.List;

/**
 * A transfer the holding supervisor plans: where (a border point such as Daluo port, or a flight
 * from Yangon), how ({@code LAND} or {@code AIR}) and on what ({@code vehicle}: the flight number,
 * required for a flight, or a vehicle registration), how many seats, when, which persons and which
 * officers escort them (legal-domain.md §5.3 {@code escortOfficers}, {@code flight}).
 */
public record TransferInput(
        String borderPoint,
        TransferMode mode,
        String vehicle,
        Integer capacity,
        LocalDate transferDate,
        List<String> personIds,
        List<Escort> escorts) {

    /** How the persons cross: by land at a border point, or by air (needs valid travel documents). */
    public enum TransferMode {
        LAND,
        AIR
    }

    /** An escorting officer: name, agency and badge number as printed on the manifest. */
    public record Escort(String name, String agency, String badge) {}
}
