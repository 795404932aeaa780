package org.comity.core.repatriation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.comity.core.repatriation.request.TransferInput;

/**
 * A planned transfer with the persons on its manifest, its flight number or vehicle ({@code null}
 * when none was given for a land crossing) and its escorting officers.
 */
public record Transfer(
        UUID id,
        UUID operationId,
        String borderPoint,
        TransferInput.TransferMode mode,
        String vehicle,
        int capacity,
        LocalDate transferDate,
        String status,
        List<UUID> personIds,
        List<TransferInput.Escort> escorts) {

    public static final String PLANNED = "PLANNED";
    public static final String HANDED_OVER = "HANDED_OVER";
    public static final String CANCELLED = "CANCELLED";
}
