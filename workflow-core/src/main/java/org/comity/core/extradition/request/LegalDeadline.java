package org.comity.core.extradition.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A running statutory window counted in calendar days (or months) in the zone of the state whose
 * authority counts them, normally the requested state.
 *
 * <p><strong>Counting rule.</strong> The day of the triggering event (detention, request for
 * supplementary information, agreed surrender date) is day 0 and is not counted. A window of
 * {@code P30D} therefore covers days 1 to 30: an act on day 30, up to 23:59:59.999 local time, is
 * in time; the window expires at 00:00 local time at the start of day 31. So a provisional arrest
 * on 1 March is kept by a formal request received on 31 March (day 30) and the person is released
 * on 1 April (day 31); an unanswered request for supplementary information terminates the case on
 * day 31, not day 30 ({@code reference/legal-domain.md} §9 items 2, 9, 11; §10 items 1, 12).
 * Month windows follow {@link LocalDate#plus}: {@code P1M} from 31 January ends on the last day of
 * February. Not counting the starting day follows the general rule of Chinese criminal procedure
 * for periods in days (it is not stated in legal-domain.md; treat it as the documented design
 * choice). The law sets no working-day rule (legal-domain.md, preamble), so none is applied.
 *
 * <p>The law allows one extension: {@link #extend(LocalDate)} may be called once, before expiry.
 *
 * @param startDay day 0, in {@code zone}
 * @param window the window and its single extension
 * @param extended whether the extension has been granted
 * @param zone the zone in which days are counted
 */
public record LegalDeadline(LocalDate startDay, ExtendableWindow window, boolean extended, ZoneId zone) {

    private static final DateTimeFormatter TIMER_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    public LegalDeadline {
        Objects.requireNonNull(startDay, "startDay");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(zone, "zone");
    }

    /** A window started by an event at {@code event}; day 0 is its local date in {@code zone}. */
    public static LegalDeadline startedAt(Instant event, ExtendableWindow window, ZoneId zone) {
        return startedOn(LocalDate.ofInstant(event, zone), window, zone);
    }

    /** A window whose day 0 is {@code startDay} in {@code zone}. */
    public static LegalDeadline startedOn(LocalDate startDay, ExtendableWindow window, ZoneId zone) {
        return new LegalDeadline(startDay, window, false, zone);
    }

    /** The instant a window of {@code period} started on {@code startDay} expires in {@code zone}. */
    public static Instant deadline(LocalDate startDay, Period period, ZoneId zone) {
        return startedOn(startDay, ExtendableWindow.of(period), zone).expiresAt();
    }

    /** {@link #deadline} as an ISO-8601 date-time with offset for a BPMN {@code timeDate}. */
    public static String timerDate(LocalDate startDay, Period period, ZoneId zone) {
        return startedOn(startDay, ExtendableWindow.of(period), zone).timerDate();
    }

    /** The window now in force: the period, or the period plus its extension once granted. */
    public Period length() {
        return extended ? window.extended() : window.period();
    }

    /** The last day on which the act is in time. */
    public LocalDate lastDay() {
        return startDay.plus(length());
    }

    /** The first instant at which the window has expired: 00:00 local on the day after the last. */
    public Instant expiresAt() {
        return lastDay().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether an act at {@code instant} is in time. */
    public boolean isMetBy(Instant instant) {
        return instant.isBefore(expiresAt());
    }

    /** Whether an act on local day {@code day} is in time. */
    public boolean isMetOn(LocalDate day) {
        return !day.isAfter(lastDay());
    }

    /** The number of {@code day} in this window's count (day 0 is the start day). */
    public long dayNumber(LocalDate day) {
        return ChronoUnit.DAYS.between(startDay, day);
    }

    /**
     * The window with its single extension granted, on a request made on {@code requestedOn}.
     *
     * @throws IllegalStateException if the law allows no extension, it was already granted, or
     *     the window had expired before the request
     */
    public LegalDeadline extend(LocalDate requestedOn) {
        if (!window.extendable()) {
            throw new IllegalStateException("this window cannot be extended");
        }
        if (extended) {
            throw new IllegalStateException("the single extension has already been granted");
        }
        if (!isMetOn(requestedOn)) {
            throw new IllegalStateException("the window expired on " + lastDay() + ", before the request");
        }
        return new LegalDeadline(startDay, window, true, zone);
    }

    /**
     * The expiry as an ISO-8601 date-time with offset, for a BPMN {@code timeDate}, e.g.
     * {@code 2026-04-01T00:00:00+08:00}.
     */
    public String timerDate() {
        return TIMER_DATE.format(expiresAt().atZone(zone));
    }
}
