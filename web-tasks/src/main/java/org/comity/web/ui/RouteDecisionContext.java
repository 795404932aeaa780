package org.comity.web.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.identity.Actor;
import org.comity.core.routeconflict.RouteConflictContext;
import org.comity.core.routeconflict.RouteConflictContexts;
import org.comity.core.routeconflict.RouteConflictModel;
import org.comity.core.routeconflict.SoughtPersons.Offence;
import org.comity.core.task.TaskView;
import org.comity.web.audit.Consultations;
import org.springframework.stereotype.Component;

/**
 * The context of {@code Task_DecideRoute} (legal-domain.md §10 item 22): the person as the joint
 * operation holds them beside the person the extradition request seeks, the request's case,
 * requesting state and offences, with the facts the two were matched on marked. The supervisor
 * decides whether they are one person and which route goes first on these, not on a conflict id.
 * Both records are personal data of two cases: the read is logged once for each.
 */
@Component
class RouteDecisionContext implements TaskContextProvider {

    static final String PURPOSE = "Decision on the route of a person also sought for extradition";

    private final RouteConflictContexts contexts;
    private final Consultations consultations;

    RouteDecisionContext(RouteConflictContexts contexts, Consultations consultations) {
        this.contexts = contexts;
        this.consultations = consultations;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(RouteConflictModel.TASK_DECIDE_ROUTE);
    }

    @Override
    public List<TaskContext> contextOf(Actor actor, TaskView task) {
        return contexts.ofTask(actor, task.id())
                .map(c -> {
                    RouteConflictContext.Side held = c.held();
                    RouteConflictContext.Side sought = c.sought();
                    consultations.record(
                            actor,
                            "route.context",
                            AuditObjectType.PERSON,
                            held.personId(),
                            UUID.fromString(held.caseId()),
                            PURPOSE);
                    consultations.record(
                            actor,
                            "route.context",
                            AuditObjectType.CASE,
                            sought.caseId(),
                            UUID.fromString(sought.caseId()),
                            PURPOSE);
                    return List.of(table(c));
                })
                .orElse(List.of());
    }

    private static TaskContext table(RouteConflictContext c) {
        RouteConflictContext.Side held = c.held();
        RouteConflictContext.Side sought = c.sought();
        return new TaskContext(
                "route-conflict",
                "taskContext.route.title",
                "taskContext.route.intro",
                List.of("taskContext.route.held", "taskContext.route.sought"),
                List.of(
                        row("taskContext.route.case", held.caseReference(), sought.caseReference(), false),
                        row(
                                "person.nameOriginal",
                                held.nameInOriginalScript(),
                                sought.nameInOriginalScript(),
                                c.match().nameInOriginalScript()),
                        row(
                                "person.nameLatin",
                                held.nameInLatinScript(),
                                sought.nameInLatinScript(),
                                c.match().nameInLatinScript()),
                        row(
                                "person.dateOfBirth",
                                Objects.toString(held.dateOfBirth(), null),
                                Objects.toString(sought.dateOfBirth(), null),
                                c.match().dateOfBirth()),
                        row(
                                "taskContext.route.documents",
                                numbers(held.documentNumbers()),
                                numbers(sought.documentNumbers()),
                                !c.match().documentNumbers().isEmpty()),
                        row("case.requestingState", null, c.requestingState(), false),
                        row(
                                "taskContext.route.offences",
                                null,
                                c.offences().stream()
                                        .map(RouteDecisionContext::offence)
                                        .collect(Collectors.joining("; ")),
                                false)));
    }

    private static TaskContext.Row row(String labelKey, String held, String sought, boolean matched) {
        return new TaskContext.Row(labelKey, Arrays.asList(held, sought), matched);
    }

    private static String numbers(List<String> numbers) {
        return numbers.isEmpty() ? null : String.join(", ", numbers);
    }

    /** "Fraud (Criminal Law Art. 266), 2024-01-01 – 2024-06-30, Daluo". */
    private static String offence(Offence o) {
        String dates = o.dateFrom().equals(o.dateTo()) ? o.dateFrom().toString() : o.dateFrom() + " – " + o.dateTo();
        return o.description() + " (" + o.provisionInRequestingLaw() + "), " + dates + ", " + o.place();
    }
}
