package org.comity.core.repatriation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.access.HoldingStateSeesRouteConflicts;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Person;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.person.PersonIdentity;
import org.comity.core.person.PersonMatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the {@link RouteConflictContext} of a route decision task, so that the supervisor decides on
 * the two records themselves rather than on a bare conflict id (legal-domain.md §2.1: the route is
 * never inferred, a person decides it). Only the holding state, which decides, and auditors read it;
 * the receiving state is not told of extradition requests to the holding state. The caller logs the
 * read as a consultation of both cases.
 */
@Service
public class RouteConflictContexts {

    private record Conflict(UUID id, UUID operationId, UUID personId, UUID extraditionCaseId, String status,
            String holdingState) {
    }

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final CaseFiles cases;
    private final ExtraditionRecords extraditions;

    RouteConflictContexts(JdbcClient jdbc, TaskService tasks, CaseFiles cases, ExtraditionRecords extraditions) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.cases = cases;
        this.extraditions = extraditions;
    }

    /** The conflict a task decides, if it decides one. */
    public Optional<RouteConflictContext> ofTask(Actor actor, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        Optional<Conflict> conflict = jdbc.sql("""
                SELECT r.id, r.operation_id, r.person_id, r.extradition_case_id, r.status, o.holding_state
                FROM route_conflict r JOIN repatriation_operation o ON o.id = r.operation_id
                WHERE r.process_instance_id = ?""").param(task.getProcessInstanceId())
                .query((rs, n) -> new Conflict(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6)))
                .optional();
        conflict.filter(c -> !HoldingStateSeesRouteConflicts.POLICY.allows(actor, c.holdingState()))
                .ifPresent(c -> {
                    throw new NotVisibleException("Task", taskId);
                });
        return conflict.map(this::context);
    }

    private RouteConflictContext context(Conflict conflict) {
        CaseFile operation = cases.find(conflict.operationId()).orElseThrow();
        CaseFile extradition = cases.find(conflict.extraditionCaseId()).orElseThrow();
        ExtraditionRequest request = extraditions.requestOfCase(extradition.id()).orElseThrow();
        Person sought = request.person();
        RouteConflictContext.Side held = held(operation, conflict.personId());
        RouteConflictContext.Side wanted = new RouteConflictContext.Side(extradition.id().toString(),
                extradition.reference(), null, sought.nameInOriginalScript(), sought.nameInLatinScript(),
                sought.dateOfBirth(), sought.identityDocuments().stream().map(d -> d.number()).toList());
        PersonMatch match = PersonMatch.between(PersonIdentity.of(held.nameInOriginalScript(), held.nameInLatinScript(),
                held.dateOfBirth(), held.documentNumbers()), sought.identity());
        return new RouteConflictContext(conflict.id().toString(), conflict.status(), held, wanted,
                extradition.requesting(), request.offences(), match);
    }

    private RouteConflictContext.Side held(CaseFile operation, UUID personId) {
        List<String> documents = jdbc.sql("SELECT document_number FROM repatriation_person_document WHERE person_id = ? "
                + "ORDER BY document_number").param(personId).query(String.class).list();
        return jdbc.sql("SELECT name_original, name_latin, date_of_birth FROM repatriation_person WHERE id = ?")
                .param(personId)
                .query((rs, n) -> new RouteConflictContext.Side(operation.id().toString(), operation.reference(),
                        personId.toString(), rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        documents))
                .single();
    }
}
