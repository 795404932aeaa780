package org.comity.core.repatriation;

import java.time.LocalDate;

/** An operation as the API shows it: its case reference, states, dates and how many persons it holds. */
public record OperationView(
        String id,
        String reference,
        String name,
        String holdingState,
        String receivingState,
        LocalDate startDate,
        LocalDate endDate,
        String status,
        long persons) {}
