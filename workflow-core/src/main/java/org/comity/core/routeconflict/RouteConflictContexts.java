package org.comity.core.routeconflict;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.access.HoldingStateSeesRouteConflicts;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
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

    private record Conflict(UUID id, UUID operationId, UUID personId, UUID extraditionCaseId, String status) {}

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final CaseFiles cases;
    private final HeldPersons held;
    private final SoughtPersons sought;

    RouteConflictContexts(JdbcClient jdbc, TaskService tasks, CaseFiles cases, HeldPersons held, SoughtPersons sought) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.cases = cases;
        this.held = held;
        this.sought = sought;
    }

    /** The conflict a task decides, if it decides one. */
    public Optional<RouteConflictContext> ofTask(Actor actor, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        Optional<Conflict> conflict = jdbc.sql("""
                SELECT id, operation_id, person_id, extradition_case_id, status FROM route_conflict
                WHERE process_instance_id = ?""")
                .param(task.getProcessInstanceId())
                .query((rs, n) -> new Conflict(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class),
                        rs.getString(5)))
                .optional();
        conflict.filter(c -> !HoldingStateSeesRouteConflicts.POLICY.allows(
                        actor, held.heldCase(c.operationId()).orElseThrow().holdingState()))
                .ifPresent(c -> {
                    throw new NotVisibleException("Task", taskId);
                });
        return conflict.map(this::context);
    }

    private RouteConflictContext context(Conflict conflict) {
        CaseFile operation = cases.find(conflict.operationId()).orElseThrow();
        CaseFile extradition = cases.find(conflict.extraditionCaseId()).orElseThrow();
        SoughtPersons.Request request = sought.request(extradition.id()).orElseThrow();
        HeldPersons.Held person = held.persons(List.of(conflict.personId())).get(conflict.personId());
        RouteConflictContext.Side heldSide = new RouteConflictContext.Side(
                operation.id().toString(),
                operation.reference(),
                conflict.personId().toString(),
                person.nameInOriginalScript(),
                person.nameInLatinScript(),
                person.dateOfBirth(),
                person.documentNumbers());
        RouteConflictContext.Side wanted = new RouteConflictContext.Side(
                extradition.id().toString(),
                extradition.reference(),
                null,
                request.nameInOriginalScript(),
                request.nameInLatinScript(),
                request.dateOfBirth(),
                request.documentNumbers());
        PersonMatch match = PersonMatch.between(identity(heldSide), identity(wanted));
        return new RouteConflictContext(
                conflict.id().toString(),
                conflict.status(),
                heldSide,
                wanted,
                extradition.requesting(),
                request.offences(),
                match);
    }

    private static PersonIdentity identity(RouteConflictContext.Side side) {
        return PersonIdentity.of(
                side.nameInOriginalScript(), side.nameInLatinScript(), side.dateOfBirth(), side.documentNumbers());
    }
}
