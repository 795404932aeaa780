package org.comity.core.engine;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one "now" against which deadlines are read: the engine's clock, the one that decides when a
 * timer fires. Every view that says whether something is overdue and how much time is left (the task
 * list, a case's deadlines) reads this, so that no page calls a deadline overdue while the engine
 * still waits for it, or the other way round; tests that move the engine clock see all of them move.
 */
public final class EngineClock {

    private EngineClock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
