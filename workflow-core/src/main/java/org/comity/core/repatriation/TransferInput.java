package org.comity.core.repatriation;

import java.time.LocalDate;
import java.util.List;

/**
 * A transfer the holding supervisor plans: where (a border point such as Daluo port, or a flight
 * from Yangon), how ({@code LAND} or {@code AIR}), how many seats, when, and which persons.
 */
public record TransferInput(String borderPoint, TransferMode mode, Integer capacity, LocalDate transferDate,
        List<String> personIds) {

    /** How the persons cross: by land at a border point, or by air (needs valid travel documents). */
    public enum TransferMode {
        LAND,
        AIR
    }
}
