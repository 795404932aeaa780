package org.comity.core.document;

import java.util.Objects;

/**
 * How a handover batch travels (legal-domain.md §5.3 {@code flight}, {@code handoverPoint}): by land
 * across a border point or by air, and the flight number or vehicle registration as the holding
 * state recorded it when it planned the transfer.
 *
 * @param vehicle flight number (air) or vehicle registration (land); {@code null} when none was
 * recorded for a land transfer
 */
public record Transport(Mode mode, String vehicle) {

    public Transport {
        Objects.requireNonNull(mode, "mode");
    }

    /** Land crossing or flight. */
    public enum Mode {
        LAND,
        AIR
    }
}
