package org.comity.core.extradition.delegate;

import static org.comity.core.extradition.ExtraditionProcesses.Variables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.comity.core.extradition.request.ExtendableWindow;
import org.comity.core.extradition.request.LegalBasis;
import org.comity.core.extradition.request.LegalBasisRegistry;
import org.comity.core.extradition.request.LegalDeadline;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.springframework.stereotype.Component;

/**
 * Starts and extends the statutory windows of the requested side and writes them as timer dates:
 * provisional arrest (S10 Art. 31), supplementary information (Art. 18) and surrender (Art. 40, whose
 * single extension of at most 30 days is for causes beyond the requesting state's control).
 * The periods come from the case's legal basis and the days are counted in the requested state's
 * zone by {@link LegalDeadline}; nothing legal is written here or in the models. A second
 * extension, or one asked for after expiry, is refused by {@link LegalDeadline#extend}, which
 * rolls back the message that asked for it.
 */
@Component
public class ExtraditionWindows {

    /** Variable with the officer's own period where the legal basis sets none (UN Model Treaty). */
    public static final String REPLY_WITHIN_DAYS = "replyWithinDays";

    public static final String REMOVE_WITHIN_DAYS = "removeWithinDays";

    private final LegalBasisRegistry legalBases;
    private final JurisdictionRegistry jurisdictions;

    public ExtraditionWindows(LegalBasisRegistry legalBases, JurisdictionRegistry jurisdictions) {
        this.legalBases = legalBases;
        this.jurisdictions = jurisdictions;
    }

    /** The provisional arrest's window, from the day of the arrest (S10 Art. 31). */
    public void startProvisionalArrest(DelegateExecution execution) {
        start(
                execution,
                PROVISIONAL_ARREST_STARTED_ON,
                LocalDate.parse((String) execution.getVariable(ARRESTED_ON)),
                basis(execution).provisionalArrest(),
                zone(execution),
                PROVISIONAL_ARREST_EXPIRES_AT,
                null,
                PROVISIONAL_ARREST_EXTENDED);
    }

    public void extendProvisionalArrest(DelegateExecution execution) {
        extend(
                execution,
                PROVISIONAL_ARREST_STARTED_ON,
                basis(execution).provisionalArrest(),
                zone(execution),
                PROVISIONAL_ARREST_EXPIRES_AT,
                null,
                PROVISIONAL_ARREST_EXTENDED);
    }

    /** The window for the supplementary information, from today (S10 Art. 18). */
    public void startSupplementary(DelegateExecution execution) {
        ZoneId zone = zone(execution);
        start(
                execution,
                SUPPLEMENTARY_STARTED_ON,
                today(zone),
                supplementaryWindow(basis(execution), execution),
                zone,
                SUPPLEMENTARY_EXPIRES_AT,
                SUPPLEMENTARY_DUE_AT,
                SUPPLEMENTARY_EXTENDED);
    }

    public void extendSupplementary(DelegateExecution execution) {
        extend(
                execution,
                SUPPLEMENTARY_STARTED_ON,
                supplementaryWindow(basis(execution), execution),
                zone(execution),
                SUPPLEMENTARY_EXPIRES_AT,
                SUPPLEMENTARY_DUE_AT,
                SUPPLEMENTARY_EXTENDED);
    }

    /** The surrender window, from the agreed date (S10 Art. 40). */
    public void startSurrender(DelegateExecution execution) {
        start(
                execution,
                AGREED_DATE,
                LocalDate.parse((String) execution.getVariable(AGREED_DATE)),
                surrenderWindow(basis(execution), execution),
                zone(execution),
                SURRENDER_EXPIRES_AT,
                SURRENDER_DUE_AT,
                SURRENDER_EXTENDED);
    }

    public void extendSurrender(DelegateExecution execution) {
        extend(
                execution,
                AGREED_DATE,
                surrenderWindow(basis(execution), execution),
                zone(execution),
                SURRENDER_EXPIRES_AT,
                SURRENDER_DUE_AT,
                SURRENDER_EXTENDED);
    }

    private LegalBasis basis(DelegateExecution execution) {
        return legalBases.get((String) execution.getVariable(LEGAL_BASIS_ID));
    }

    private ZoneId zone(DelegateExecution execution) {
        return jurisdictions
                .require((String) execution.getVariable(REQUESTED_STATE))
                .zone();
    }

    private static void start(
            DelegateExecution execution,
            String startVariable,
            LocalDate startDay,
            ExtendableWindow window,
            ZoneId zone,
            String expiresVariable,
            String dueVariable,
            String extendedVariable) {
        write(execution, LegalDeadline.startedOn(startDay, window, zone), expiresVariable, dueVariable);
        execution.setVariable(startVariable, startDay.toString());
        if (extendedVariable != null) {
            execution.setVariable(extendedVariable, false);
        }
    }

    private static void extend(
            DelegateExecution execution,
            String startVariable,
            ExtendableWindow window,
            ZoneId zone,
            String expiresVariable,
            String dueVariable,
            String extendedVariable) {
        LocalDate startDay = LocalDate.parse((String) execution.getVariable(startVariable));
        boolean extended = Boolean.TRUE.equals(execution.getVariable(extendedVariable));
        LegalDeadline running = new LegalDeadline(startDay, window, extended, zone);
        write(execution, running.extend(today(zone)), expiresVariable, dueVariable);
        execution.setVariable(extendedVariable, true);
    }

    private static void write(
            DelegateExecution execution, LegalDeadline deadline, String expiresVariable, String dueVariable) {
        execution.setVariable(expiresVariable, deadline.timerDate());
        if (dueVariable != null) {
            execution.setVariable(dueVariable, Date.from(deadline.expiresAt()));
        }
    }

    private static ExtendableWindow supplementaryWindow(LegalBasis basis, DelegateExecution execution) {
        return basis.supplementaryInformation().orElseGet(() -> officerWindow(execution, REPLY_WITHIN_DAYS));
    }

    private static ExtendableWindow surrenderWindow(LegalBasis basis, DelegateExecution execution) {
        return basis.surrender().orElseGet(() -> officerWindow(execution, REMOVE_WITHIN_DAYS));
    }

    /** The period the requested state sets case by case where the legal basis fixes none (S1 Arts. 8, 11). */
    private static ExtendableWindow officerWindow(DelegateExecution execution, String variable) {
        Number days = Optional.ofNullable((Number) execution.getVariable(variable))
                .orElseThrow(() ->
                        new IllegalStateException("The legal basis sets no period and none was given in " + variable));
        return ExtendableWindow.of(Period.ofDays(days.intValue()));
    }

    private static LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(
                Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()), zone);
    }
}
