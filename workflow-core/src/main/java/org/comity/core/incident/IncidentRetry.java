package org.comity.core.incident;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.engine.EngineClock;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a failed job again once its cause is fixed: gives it one retry, due now, which resolves the
 * incident; the job executor then runs it (and a new incident opens if it fails again). Only a
 * supervisor of the state whose step it is may do so; an incident of the other state's process is
 * reported as not found (DESIGN.md §7), one no longer open as a conflict. Audited as an alteration.
 */
@Service
public class IncidentRetry {

    private final IncidentRows rows;
    private final IncidentViews views;
    private final ManagementService management;
    private final AuditLog audit;

    IncidentRetry(IncidentRows rows, IncidentViews views, ManagementService management, AuditLog audit) {
        this.rows = rows;
        this.views = views;
        this.management = management;
        this.audit = audit;
    }

    @Transactional
    public CaseIncident retry(Actor actor, String incidentId) {
        IncidentViews.Owned owned = rows.byId(incidentId)
                .flatMap(views.cases()::owned)
                .filter(o -> o.visibleTo(actor))
                .orElseThrow(() -> new NotVisibleException("Incident", incidentId));
        if (actor.role() != Role.SUPERVISOR) {
            throw new ForbiddenException("Only a supervisor of the state whose step failed may retry it");
        }
        IncidentRows.Row row = owned.row();
        if (row.state() != IncidentState.OPEN
                || management.createJobQuery().jobId(row.jobId()).count() == 0) {
            throw new ConflictException("Incident " + incidentId + " is no longer open");
        }
        management
                .setJobRetries(1)
                .jobId(row.jobId())
                .dueDate(Date.from(EngineClock.now()))
                .execute();
        audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.ALTERATION, "incident.retry")
                .object(AuditObjectType.INCIDENT, incidentId)
                .caseId(owned.file().id())
                .build());
        return views.view(new IncidentViews.Owned(
                rows.byId(incidentId).orElseThrow(), owned.file(), owned.side(), owned.jurisdiction()));
    }
}
