package org.comity.core.incident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.comity.core.casefile.CaseFile;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.identity.Actor;
import org.comity.core.identity.ActorKind;
import org.comity.core.identity.Role;
import org.springframework.stereotype.Service;

/**
 * The incidents of cases, read from Camunda's history when asked rather than copied into a table of
 * Comity's: Camunda already records each failed job's incident with its creation and end time at
 * history level FULL, keeps it as long as the process's history, and the auditor's timeline already
 * reads that history. A copy would need an incident handler, a listener for resolution and deletion,
 * and a migration, and could drift from the engine's truth; reading it costs one query per listing.
 */
@Service
public class CaseIncidents {

    private final IncidentRows rows;
    private final IncidentViews views;

    CaseIncidents(IncidentRows rows, IncidentViews views) {
        this.rows = rows;
        this.views = views;
    }

    /**
     * The case's incidents the reader may see (their own state's, or joint ones), newest first. An
     * agency sees none: incidents are for the officers who act on them and the operators who retry
     * them (issue #14 item 2); an agency's system submitted the request and follows its status, and a
     * failed step's cause (a font, a message route) is the ministry's internal affair.
     */
    public List<CaseIncident> of(Actor actor, CaseFile file) {
        if (actor.kind() == ActorKind.AGENCY) {
            return List.of();
        }
        IncidentViews.Cases cases = views.cases();
        return rows.ofCase(file.id().toString(), false).stream()
                .map(cases::owned)
                .flatMap(Optional::stream)
                .filter(owned -> owned.visibleTo(actor))
                .map(views::view)
                .toList();
    }

    /**
     * The operators' listing: for a supervisor the incidents of their state's steps, for an auditor all;
     * {@code caseId} narrows it to one case (already checked visible by the caller), {@code openOnly}
     * to the open ones.
     */
    public IncidentPage page(Actor actor, String caseId, boolean openOnly, int page, int size) {
        if (actor.role() != Role.SUPERVISOR && actor.role() != Role.AUDITOR) {
            throw new ForbiddenException("Only supervisors and auditors list incidents");
        }
        IncidentViews.Cases cases = views.cases();
        List<IncidentViews.Owned> visible = (caseId == null ? rows.all(openOnly) : rows.ofCase(caseId, openOnly))
                .stream()
                        .map(cases::owned)
                        .flatMap(Optional::stream)
                        .filter(owned -> owned.visibleTo(actor))
                        .toList();
        List<CaseIncident> items = visible.stream()
                .skip((long) page * size)
                .limit(size)
                .map(views::view)
                .toList();
        return new IncidentPage(items, page, size, visible.size());
    }

    /**
     * The cases with open incidents of the reader's own state's steps, for the alert on an officer's
     * or supervisor's task list; joint steps count for both parties.
     */
    public List<CaseWithIncidents> openCasesOf(Actor actor) {
        if (!actor.role().worksOnTasks()) {
            return List.of();
        }
        IncidentViews.Cases cases = views.cases();
        Map<String, CaseWithIncidents> byCase = new LinkedHashMap<>();
        rows.all(true).stream()
                .map(cases::owned)
                .flatMap(Optional::stream)
                .filter(owned -> owned.visibleTo(actor))
                .forEach(owned -> byCase.merge(
                        owned.file().id().toString(),
                        new CaseWithIncidents(
                                owned.file().id().toString(), owned.file().reference(), 1),
                        (a, b) -> new CaseWithIncidents(a.caseId(), a.caseReference(), a.openIncidents() + 1)));
        return List.copyOf(byCase.values());
    }
}
