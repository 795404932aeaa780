package org.comity.core.routeconflict;

import static org.comity.core.routeconflict.RouteConflictModel.*;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.comity.core.access.HoldingStateSeesRouteConflicts;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.audit.ChangeDigest;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.failure.ConflictException;
import org.comity.core.identity.Actor;
import org.comity.core.person.PersonIdentity;
import org.comity.core.task.TaskCompletionListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Route conflicts (legal-domain.md §10 item 22): a person of a repatriation is also sought by a
 * pending extradition request that the holding state has received. The route is never inferred
 * (§2.1): the person is held back from any handover and a supervisor of the holding state decides,
 * with reasons, in {@code RouteDecisionProcess}. Conflicts are found whichever comes second — the
 * extradition request (on its receipt) or the person (on intake) — by {@link PersonIdentity}: same
 * date of birth and normalised name in either script, or a shared document number. Every step is
 * audited; matching two data sets is a combination (LED Art. 25). The persons held and the persons
 * sought stay with their features, behind {@link HeldPersons} and {@link SoughtPersons}.
 */
@Service
public class RouteConflicts implements TaskCompletionListener {

    private static final String SYSTEM = "comity-route";

    private final RouteConflictRecords records;
    private final HeldPersons held;
    private final SoughtPersons sought;
    private final CaseFiles cases;
    private final RuntimeService runtime;
    private final AuditLog audit;

    RouteConflicts(
            RouteConflictRecords records,
            HeldPersons held,
            SoughtPersons sought,
            CaseFiles cases,
            RuntimeService runtime,
            AuditLog audit) {
        this.records = records;
        this.held = held;
        this.sought = sought;
        this.cases = cases;
        this.runtime = runtime;
        this.audit = audit;
    }

    /** The requested state received a request: is the person among those it holds for a handover? */
    @EventListener
    public void onPersonSought(PersonSought received) {
        PersonIdentity identity = sought.soughtIn(received.caseId()).orElseThrow();
        for (HeldPersons.Candidate candidate : held.candidates(received.requestedState(), identity)) {
            open(held.heldCase(candidate.caseId()).orElseThrow(), candidate.personId(), received.caseId());
        }
    }

    /** New persons held: is any of them sought by a pending request the holding state received? */
    public void checkNewPersons(HeldPersonsRegistered registered) {
        List<SoughtPersons.Sought> pending = sought.pendingTo(registered.holdingState());
        if (pending.isEmpty()) {
            return;
        }
        HeldPersons.HeldCase holding = held.heldCase(registered.caseId()).orElseThrow();
        for (HeldPersonsRegistered.Person person : registered.persons()) {
            for (SoughtPersons.Sought request : pending) {
                if (request.identity().sameAs(person.identity()) && sought.received(request.caseId())) {
                    open(holding, person.personId(), request.caseId());
                }
            }
        }
    }

    /** Which of the persons are held back by an open conflict. */
    public Set<UUID> heldBack(List<UUID> personIds) {
        return records.open(personIds);
    }

    /** Records the supervisor's decision on {@code Task_DecideRoute} (the reasons stay here, out of the engine). */
    @Override
    public void completed(Actor actor, Task task, String caseId, Record form) {
        if (form instanceof DecideRouteForm decision) {
            UUID conflictId =
                    UUID.fromString((String) runtime.getVariable(task.getProcessInstanceId(), VAR_ROUTE_CONFLICT_ID));
            if (!records.decide(
                    conflictId, decision.route().name(), decision.reasons().strip(), actor.id())) {
                throw new ConflictException("Route conflict " + conflictId + " is already decided");
            }
            audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.ALTERATION, "route.decide")
                    .object(
                            AuditObjectType.PERSON,
                            records.decided(conflictId).personId().toString())
                    .caseId(UUID.fromString(caseId))
                    .purpose(decision.route().name())
                    .changeDigest(ChangeDigest.of(conflictId + "|" + decision.route() + "|" + decision.reasons()))
                    .build());
        }
    }

    /**
     * Applies a decided route: extradition first withdraws the person from the repatriation (their
     * process ends {@code HeldForExtradition}); otherwise a person held back from a transfer is taken
     * off it, free to be planned again. A person the holding state has already handed over is not
     * taken back: the decision stands on record.
     */
    @Transactional
    public void apply(UUID conflictId) {
        RouteConflictRecords.Decided decided = records.decided(conflictId);
        boolean extraditionFirst = RouteDecision.EXTRADITION_FIRST.name().equals(decided.decision());
        if (extraditionFirst) {
            held.withdraw(decided.personId());
        } else if (decided.transferId() != null
                && records.open(List.of(decided.personId())).isEmpty()) {
            held.release(decided.transferId(), decided.personId());
        }
        audit.record(AuditEvent.of(AuditActor.system(SYSTEM), AuditCategory.ALTERATION, "route.apply")
                .object(AuditObjectType.PERSON, decided.personId().toString())
                .caseId(decided.operationId())
                .purpose(decided.decision())
                .build());
    }

    /**
     * The conflicts of an operation, for the holding state (which decides them) and auditors; the
     * receiving state is not told of extradition requests to the holding state.
     */
    public List<RouteConflictView> list(Actor actor, String operationId) {
        UUID id = cases.visible(actor, operationId).id();
        HeldPersons.HeldCase holding = held.heldCase(id)
                .orElseThrow(() -> new org.comity.core.failure.NotVisibleException("Operation", operationId));
        if (!HoldingStateSeesRouteConflicts.POLICY.allows(actor, holding.holdingState())) {
            throw new org.comity.core.failure.ForbiddenException("Only the holding state sees the route conflicts");
        }
        List<RouteConflictRecords.Row> rows = records.ofOperation(id);
        var persons = held.persons(
                rows.stream().map(RouteConflictRecords.Row::personId).distinct().toList());
        return rows.stream().map(row -> row.view(persons.get(row.personId()))).toList();
    }

    private void open(HeldPersons.HeldCase holding, UUID personId, UUID extraditionCaseId) {
        if (records.exists(personId, extraditionCaseId)) {
            return;
        }
        UUID conflictId = UUID.randomUUID();
        records.insert(conflictId, holding.caseId(), personId, extraditionCaseId);
        String reference = cases.find(extraditionCaseId).orElseThrow().reference();
        held.holdBack(
                        personId,
                        "Held back: also sought by extradition case " + reference
                                + "; route to be decided by the holding state")
                .ifPresent(transferId -> records.heldBackFrom(conflictId, transferId));
        records.linkProcess(
                conflictId,
                runtime.startProcessInstanceByKey(
                                ROUTE_DECISION_PROCESS,
                                holding.caseId().toString(),
                                Variables.createVariables()
                                        .putValue(VAR_HOLDING_STATE, holding.holdingState())
                                        .putValue(VAR_RECEIVING_STATE, holding.receivingState())
                                        .putValue(VAR_PERSON_ID, personId.toString())
                                        .putValue(VAR_ROUTE_CONFLICT_ID, conflictId.toString()))
                        .getId());
        audit.record(AuditEvent.of(AuditActor.system(SYSTEM), AuditCategory.COMBINATION, "route.conflict")
                .object(AuditObjectType.PERSON, personId.toString())
                .caseId(holding.caseId())
                .purpose("Person of the repatriation matched with a received extradition request")
                .changeDigest(ChangeDigest.of(conflictId + "|" + extraditionCaseId))
                .build());
    }
}
