package org.comity.core.mla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.springframework.stereotype.Service;

/**
 * Turns the requested officer's periods into the instants the requested side's timers fire, counted
 * in calendar days in the requested state's zone: the window for more information (ICJA Art. 16:
 * "within a reasonable time", set by the officer) ends at the start of the day after its last day;
 * a postponement ends at the start of the day it was postponed until (UNTOC Art. 18(25)). Today is
 * the engine's clock, so that process tests move the windows with it.
 */
@Service
public class MlaWindows {

    private final JurisdictionRegistry jurisdictions;

    public MlaWindows(JurisdictionRegistry jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** When a window of {@code days} for more information, opened today, ends in {@code requestedState}. */
    public ZonedDateTime moreInformationExpiresAt(String requestedState, int days) {
        ZoneId zone = zone(requestedState);
        return today(zone).plusDays(days + 1L).atStartOfDay(zone);
    }

    /** When a postponement {@code until} a day ends in {@code requestedState}. */
    public ZonedDateTime postponementEndsAt(String requestedState, LocalDate until) {
        return until.atStartOfDay(zone(requestedState));
    }

    private ZoneId zone(String state) {
        return jurisdictions.require(state).zone();
    }

    private static LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(
                Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()), zone);
    }
}
