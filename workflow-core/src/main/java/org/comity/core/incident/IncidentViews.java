package org.comity.core.incident;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * Turns an incident row into what people see, and holds the one rule of who sees it: the reader may
 * see the case, and the step is the reader's state's (or a joint step of a case the reader's state is
 * party to). Auditors see every incident. Whose step it is is decided by the job's element, the step's
 * name by the element the failure happened in.
 */
@Component
class IncidentViews {

    private final HistoryService history;
    private final CaseFiles cases;
    private final FailedSteps steps;

    IncidentViews(HistoryService history, CaseFiles cases, FailedSteps steps) {
        this.history = history;
        this.cases = cases;
        this.steps = steps;
    }

    /** An incident row with its case and the state whose step it is (null for a joint step). */
    record Owned(IncidentRows.Row row, CaseFile file, IncidentSide side, String jurisdiction) {

        boolean visibleTo(Actor actor) {
            return file.isVisibleTo(actor) && (jurisdiction == null || actor.sees(jurisdiction));
        }
    }

    /** A lookup of cases for a run of rows, so that each case is read once. */
    Cases cases() {
        return new Cases();
    }

    final class Cases {

        private final Map<String, Optional<CaseFile>> known = new HashMap<>();

        /** The row with its case and owner; empty for a process whose business key is no case. */
        Optional<Owned> owned(IncidentRows.Row row) {
            return known.computeIfAbsent(row.caseId(), IncidentViews.this::caseFile)
                    .map(file -> {
                        IncidentSide side = steps.side(row.processDefinitionKey(), row.activityId());
                        String jurisdiction = switch (side) {
                            case REQUESTING -> file.requesting();
                            case REQUESTED -> file.requested();
                            case JOINT -> null;
                        };
                        return new Owned(row, file, side, jurisdiction);
                    });
        }
    }

    CaseIncident view(Owned owned) {
        IncidentRows.Row row = owned.row();
        HistoricJobLog log = row.jobLogId() == null
                ? null
                : history.createHistoricJobLogQuery().logId(row.jobLogId()).singleResult();
        IncidentCause cause = IncidentCause.ofJobLog(history, log == null ? null : log.getId());
        return new CaseIncident(
                row.id(),
                owned.file().id().toString(),
                owned.file().reference(),
                owned.side(),
                owned.jurisdiction(),
                steps.label(row.processDefinitionId(), row.failedElement()),
                JobKind.of(log == null ? null : log.getJobDefinitionType()),
                cause,
                cause.summary(),
                row.state(),
                row.openedAt(),
                row.endedAt(),
                row.state() == IncidentState.OPEN);
    }

    private Optional<CaseFile> caseFile(String caseId) {
        try {
            return caseId == null ? Optional.empty() : cases.find(UUID.fromString(caseId));
        } catch (IllegalArgumentException notACase) {
            return Optional.empty();
        }
    }
}
