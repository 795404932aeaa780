package org.comity.core.repatriation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * An operation's figures as of now, all computed from stored data (persons, call centres, the
 * engine's runtime and history), never from stored totals.
 *
 * @param endDate the operation's end date, or {@code null} while it is ongoing
 * @param duration start to end date (or to today while ongoing) as an ISO-8601 period, e.g. {@code P6M}
 * @param suspectsRepatriated persons handed over who are still classed as suspects
 * @param personsPerStage persons by where they are: {@code VERIFYING_NATIONALITY}, {@code AWAITING_IDENTITY_INFORMATION},
 *     {@code AWAITING_TRAVEL_DOCUMENT}, {@code AWAITING_CLEARANCE}, {@code READY_FOR_TRANSFER}, {@code ON_TRANSFER},
 *     {@code NOT_RECEIVED} (listed as a discrepancy on a receipt, until the holding state accounts for the person),
 *     {@code CONFIRMING_LATE_RECEIPT} (reported received late, awaiting the receiving state's confirmation),
 *     {@code REPATRIATED}, {@code REFERRED}, {@code RETAINED}, {@code ESCAPED}, {@code DECEASED}, {@code RELEASED}
 * @param personsPerRegion persons by the region of the call centre they were found in; every region of the operation
 * @param repatriatedPerDay persons repatriated by the day of their handover in the receiving state's zone; the
 *     values add up to {@code personsRepatriated}
 */
public record OperationMetrics(
        String operationId,
        String name,
        String holdingState,
        String receivingState,
        LocalDate startDate,
        LocalDate endDate,
        String duration,
        long durationDays,
        long durationMonths,
        long persons,
        long suspectsRepatriated,
        long victimsRepatriated,
        long personsRepatriated,
        long callCentresRaided,
        long regionsCovered,
        long verificationsOverdue,
        Map<String, Long> personsPerStage,
        Map<String, Long> transfersPerStatus,
        Map<String, Long> personsPerRegion,
        SortedMap<LocalDate, Long> repatriatedPerDay) {

    /** The stages of {@code personsPerStage} in the order a person passes them, then the other outcomes. */
    public static final List<String> STAGES = List.of(
            "VERIFYING_NATIONALITY",
            "AWAITING_IDENTITY_INFORMATION",
            "AWAITING_TRAVEL_DOCUMENT",
            "AWAITING_CLEARANCE",
            "READY_FOR_TRANSFER",
            "ON_TRANSFER",
            "NOT_RECEIVED",
            "CONFIRMING_LATE_RECEIPT",
            "REPATRIATED",
            "REFERRED",
            "RETAINED",
            "ESCAPED",
            "DECEASED",
            "RELEASED");
}
