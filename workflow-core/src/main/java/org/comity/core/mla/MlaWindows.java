package org.comity.core.mla.process;

import static org.comity.core.mla.process.MlaProcesses.Variables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.mla.process.MlaProcesses.Requested;
import org.springframework.stereotype.Component;

/**
 * Turns the requested officer's periods into the instants the requested side's timers fire, counted
 * in calendar days in the requested state's zone: the window for more information (ICJA Art. 16:
 * "within a reasonable time", set by the officer) ends at the start of the day after its last day;
 * a postponement ends at the start of the day it was postponed until (UNTOC Art. 18(25)).
 */
@Component("mlaWindows")
public class MlaWindows implements JavaDelegate {

    private final JurisdictionRegistry jurisdictions;

    public MlaWindows(JurisdictionRegistry jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ZoneId zone = jurisdictions.require((String) execution.getVariable(REQUESTED_STATE)).zone();
        switch (execution.getCurrentActivityId()) {
            case Requested.START_MORE_INFORMATION_WINDOW -> {
                int days = ((Number) execution.getVariable(REPLY_WITHIN_DAYS)).intValue();
                ZonedDateTime expires = today(zone).plusDays(days + 1L).atStartOfDay(zone);
                execution.setVariable(MORE_INFORMATION_EXPIRES_AT, expires.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                execution.setVariable(MORE_INFORMATION_DUE_AT, Date.from(expires.toInstant()));
            }
            case Requested.START_POSTPONEMENT -> {
                LocalDate until = LocalDate.parse((String) execution.getVariable(POSTPONED_UNTIL));
                execution.setVariable(POSTPONEMENT_ENDS_AT,
                        until.atStartOfDay(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
            default -> throw new IllegalStateException("No window is started at " + execution.getCurrentActivityId());
        }
    }

    private static LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()), zone);
    }
}
