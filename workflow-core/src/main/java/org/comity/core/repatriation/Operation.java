package org.comity.core.repatriation;

import java.time.LocalDate;
import java.util.UUID;

/** A stored joint operation; its id is its case's id. */
public record Operation(
        UUID id, String name, String holdingState, String receivingState, LocalDate startDate, LocalDate endDate) {}
