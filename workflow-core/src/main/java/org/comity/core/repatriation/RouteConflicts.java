package org.comity.core.repatriation;

import static org.comity.core.repatriation.RepatriationModel.*;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
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
import org.comity.core.extradition.intake.EarlierRequest;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.process.ExtraditionProcesses;
import org.comity.core.extradition.process.ExtraditionRequestReceived;
import org.comity.core.extradition.process.ExtraditionStatus;
import org.comity.core.failure.ConflictException;
import org.comity.core.identity.Actor;
import org.comity.core.person.PersonIdentity;
import org.comity.core.repatriation.form.DecideRouteForm;
import org.comity.core.repatriation.form.RouteDecision;
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
 * audited; matching two data sets is a combination (LED Art. 25).
 */
@Service
public class RouteConflicts implements TaskCompletionListener {

    private static final String SYSTEM = "comity-route";
    private static final List<String> PENDING = Arrays.stream(ExtraditionStatus.values()).filter(s -> !s.closed())
            .map(Enum::name).toList();

    private final RouteConflictRecords records;
    private final ExtraditionRecords extraditions;
    private final CaseFiles cases;
    private final Operations operations;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final AuditLog audit;

    RouteConflicts(RouteConflictRecords records, ExtraditionRecords extraditions, CaseFiles cases,
            Operations operations, RuntimeService runtime, HistoryService history, AuditLog audit) {
        this.records = records;
        this.extraditions = extraditions;
        this.cases = cases;
        this.operations = operations;
        this.runtime = runtime;
        this.history = history;
        this.audit = audit;
    }

    /** The requested state received an extradition request: is the person among those it holds for repatriation? */
    @EventListener
    public void onExtraditionRequestReceived(ExtraditionRequestReceived received) {
        PersonIdentity sought = extraditions.requestOfCase(received.caseId()).orElseThrow().person().identity();
        for (RouteConflictRecords.Candidate candidate : records.candidates(received.requestedState(), sought.keys(),
                sought.dateOfBirth(), sought.documentNumbers())) {
            if (candidate.processInstanceId() == null || runtime.createProcessInstanceQuery()
                    .processInstanceId(candidate.processInstanceId()).count() > 0) {
                open(operations.find(candidate.operationId()).orElseThrow(), candidate.personId(), received.caseId());
            }
        }
    }

    /** New persons of an operation: is any of them sought by a pending request the holding state received? */
    void checkNewPersons(Operation op, List<NewPerson> persons) {
        List<EarlierRequest> pending = extraditions.requestsTo(op.holdingState(), PENDING);
        if (pending.isEmpty()) {
            return;
        }
        List<PersonIdentity> sought = pending.stream().map(p -> p.request().person().identity()).toList();
        for (NewPerson person : persons) {
            PersonIdentity identity = new PersonIdentity(person.keys(), person.dateOfBirth(),
                    Set.copyOf(person.documents().stream().map(NewPerson.IdentityDocument::number).toList()));
            for (int i = 0; i < pending.size(); i++) {
                if (sought.get(i).sameAs(identity) && received(pending.get(i).caseId())) {
                    open(op, person.id(), pending.get(i).caseId());
                }
            }
        }
    }

    /** Which of the persons are held back by an open conflict. */
    Set<UUID> heldBack(List<UUID> personIds) {
        return records.open(personIds);
    }

    /** Records the supervisor's decision on {@code Task_DecideRoute} (the reasons stay here, out of the engine). */
    @Override
    public void completed(Actor actor, Task task, String caseId, Record form) {
        if (form instanceof DecideRouteForm decision) {
            UUID conflictId = UUID.fromString((String) runtime.getVariable(task.getProcessInstanceId(), VAR_ROUTE_CONFLICT_ID));
            if (!records.decide(conflictId, decision.route().name(), decision.reasons().strip(), actor.id())) {
                throw new ConflictException("Route conflict " + conflictId + " is already decided");
            }
            audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.ALTERATION, "route.decide")
                    .object(AuditObjectType.PERSON, records.decided(conflictId).personId().toString())
                    .caseId(UUID.fromString(caseId)).purpose(decision.route().name())
                    .changeDigest(ChangeDigest.of(conflictId + "|" + decision.route() + "|" + decision.reasons())).build());
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
        String process = records.processOf(decided.personId()).orElse(null);
        if (extraditionFirst && process != null && !records.handedOver(decided.personId())
                && runtime.createProcessInstanceQuery().processInstanceId(process).count() > 0) {
            runtime.createMessageCorrelation(MESSAGE_PERSON_WITHDRAWN).processInstanceId(process).correlateWithResult();
        } else if (!extraditionFirst && decided.transferId() != null && records.open(List.of(decided.personId())).isEmpty()) {
            records.releaseHold(decided.transferId(), decided.personId());
        }
        audit.record(AuditEvent.of(AuditActor.system(SYSTEM), AuditCategory.ALTERATION, "route.apply")
                .object(AuditObjectType.PERSON, decided.personId().toString()).caseId(decided.operationId())
                .purpose(decided.decision()).build());
    }

    /**
     * The conflicts of an operation, for the holding state (which decides them) and auditors; the
     * receiving state is not told of extradition requests to the holding state.
     */
    public List<RouteConflictView> list(Actor actor, String operationId) {
        UUID id = cases.visible(actor, operationId).id();
        Operation op = operations.find(id).orElseThrow(() -> new org.comity.core.failure.NotVisibleException(
                "Operation", operationId));
        if (!HoldingStateSeesRouteConflicts.POLICY.allows(actor, op.holdingState())) {
            throw new org.comity.core.failure.ForbiddenException("Only the holding state sees the route conflicts");
        }
        return records.ofOperation(id);
    }

    private void open(Operation op, UUID personId, UUID extraditionCaseId) {
        if (records.exists(personId, extraditionCaseId)) {
            return;
        }
        UUID conflictId = UUID.randomUUID();
        records.insert(conflictId, op.id(), personId, extraditionCaseId);
        String reference = cases.find(extraditionCaseId).orElseThrow().reference();
        records.holdBack(conflictId, personId, "Held back: also sought by extradition case " + reference
                + "; route to be decided by the holding state");
        records.linkProcess(conflictId, runtime.startProcessInstanceByKey(ROUTE_DECISION_PROCESS, op.id().toString(),
                Variables.createVariables().putValue(VAR_HOLDING_STATE, op.holdingState())
                        .putValue(VAR_RECEIVING_STATE, op.receivingState()).putValue(VAR_PERSON_ID, personId.toString())
                        .putValue(VAR_ROUTE_CONFLICT_ID, conflictId.toString())).getId());
        audit.record(AuditEvent.of(AuditActor.system(SYSTEM), AuditCategory.COMBINATION, "route.conflict")
                .object(AuditObjectType.PERSON, personId.toString()).caseId(op.id())
                .purpose("Person of the repatriation matched with a received extradition request")
                .changeDigest(ChangeDigest.of(conflictId + "|" + extraditionCaseId)).build());
    }

    private boolean received(UUID extraditionCaseId) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ExtraditionProcesses.Requested.PROCESS_ID)
                .processInstanceBusinessKey(extraditionCaseId.toString()).count() > 0;
    }
}
