package org.comity.core.repatriation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.comity.core.access.CaseParties;
import org.comity.core.access.HoldingStateMayPlanTransfer;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.idempotency.IdempotentResult;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.comity.core.person.NameText;
import org.comity.core.repatriation.request.TransferInput;
import org.comity.core.repatriation.rules.Ids;
import org.comity.core.repatriation.rules.TransportAndEscortsRecorded;
import org.comity.core.routeconflict.RouteConflicts;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A holding-state supervisor plans a transfer: the persons must belong to the operation, be on no
 * other transfer, fit the capacity, not be held back by a route conflict ({@link RouteConflicts}) and
 * each be ready for handover ({@link HandoverReadiness});
 * every problem is listed ({@code personIds[i]}). A valid plan starts its handover process.
 */
@Service
public class TransferPlanning {

    static final int MAX_CAPACITY = 5_000;

    private final RepatriationIntake intake;
    private final RepatriationPersons persons;
    private final Transfers transfers;
    private final PersonStates states;
    private final RepatriationProcesses processes;
    private final IdempotencyKeys idempotency;
    private final Clock clock;
    private final JurisdictionClock jurisdictionClock;
    private final RepatriationAudit audit;
    private final RouteConflicts routeConflicts;

    TransferPlanning(
            RepatriationIntake intake,
            RepatriationPersons persons,
            Transfers transfers,
            PersonStates states,
            RepatriationProcesses processes,
            IdempotencyKeys idempotency,
            Clock clock,
            JurisdictionClock jurisdictionClock,
            RepatriationAudit audit,
            RouteConflicts routeConflicts) {
        this.jurisdictionClock = jurisdictionClock;
        this.audit = audit;
        this.routeConflicts = routeConflicts;
        this.intake = intake;
        this.persons = persons;
        this.transfers = transfers;
        this.states = states;
        this.processes = processes;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Transactional
    public IdempotentResult plan(Actor actor, String operationId, TransferInput input, String idempotencyKey) {
        Operation op = intake.operation(actor, operationId);
        if (!HoldingStateMayPlanTransfer.POLICY.allows(
                actor, new CaseParties(op.holdingState(), op.receivingState()))) {
            throw new ForbiddenException("Only a supervisor of the holding state plans transfers");
        }
        List<UUID> personIds = check(op, input);
        return idempotency.once(actor, idempotencyKey, input, () -> {
            String vehicle = input.vehicle() == null || input.vehicle().isBlank()
                    ? null
                    : input.vehicle().strip();
            Transfer transfer = new Transfer(
                    UUID.randomUUID(),
                    op.id(),
                    NameText.normalise(input.borderPoint()),
                    input.mode(),
                    vehicle,
                    input.capacity(),
                    input.transferDate(),
                    Transfer.PLANNED,
                    personIds,
                    TransportAndEscortsRecorded.normalised(input.escorts()));
            transfers.insert(transfer, actor.id(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
            transfers.linkProcess(transfer.id(), processes.startHandover(op, transfer.id()));
            audit.transferPlanned(actor, op.id(), transfer.id(), personIds);
            return transfer.id().toString();
        });
    }

    /** The transfer if the actor may see its operation. */
    public Transfer transfer(Actor actor, String operationId, String transferId) {
        Operation op = intake.operation(actor, operationId);
        return Ids.parse(transferId)
                .flatMap(id -> transfers.find(op.id(), id))
                .orElseThrow(() -> new NotVisibleException("Transfer", transferId));
    }

    private List<UUID> check(Operation op, TransferInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.borderPoint() == null || input.borderPoint().isBlank()) {
            errors.add(new FieldError("borderPoint", "NotBlank", "must name the border point or flight"));
        } else {
            NameText.problem(NameText.normalise(input.borderPoint()), false)
                    .ifPresent(p -> errors.add(new FieldError("borderPoint", p[0], p[1])));
        }
        if (input.mode() == null) {
            errors.add(new FieldError("mode", "NotNull", "must be LAND or AIR"));
        }
        errors.addAll(TransportAndEscortsRecorded.problems(input));
        if (input.capacity() == null || input.capacity() < 1 || input.capacity() > MAX_CAPACITY) {
            errors.add(new FieldError("capacity", "Range", "must be between 1 and " + MAX_CAPACITY));
        }
        if (input.transferDate() == null || input.transferDate().isBefore(jurisdictionClock.today(op.holdingState()))) {
            errors.add(new FieldError("transferDate", "FutureOrPresent", "must be today or later"));
        }
        List<String> ids = input.personIds() == null ? List.of() : input.personIds();
        if (ids.isEmpty()) {
            errors.add(new FieldError("personIds", "NotEmpty", "must list the persons to transfer"));
        } else if (input.capacity() != null && ids.size() > input.capacity()) {
            errors.add(new FieldError("personIds", "Capacity", "must not exceed the capacity of " + input.capacity()));
        }
        List<UUID> valid = personErrors(op, input, ids, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return valid;
    }

    private List<UUID> personErrors(Operation op, TransferInput input, List<String> ids, List<FieldError> errors) {
        List<UUID> parsed = ids.stream().map(s -> Ids.parse(s).orElse(null)).toList();
        List<UUID> known = parsed.stream().filter(Objects::nonNull).distinct().toList();
        Map<UUID, String> process = persons.processes(op.id(), known);
        Set<UUID> planned = transfers.alreadyPlanned(known);
        Set<UUID> heldBack = routeConflicts.heldBack(known);
        var readiness = states.of(op.id().toString(), List.copyOf(process.values()));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < parsed.size(); i++) {
            UUID id = parsed.get(i);
            String field = "personIds[" + i + "]";
            if (id == null || !process.containsKey(id)) {
                errors.add(new FieldError(field, "PersonOfOperation", "is not a person of this operation"));
            } else if (!seen.add(id)) {
                errors.add(new FieldError(field, "Unique", "is listed twice"));
            } else if (planned.contains(id)) {
                errors.add(new FieldError(field, "OneTransfer", "is already on another transfer"));
            } else if (heldBack.contains(id)) {
                errors.add(new FieldError(
                        field,
                        "RouteConflict",
                        "is held back: also sought by a pending extradition "
                                + "request, the route awaits the decision of the holding state's supervisor"));
            } else if (input.mode() != null && input.transferDate() != null) {
                HandoverReadiness.problem(readiness.get(process.get(id)), input.mode(), input.transferDate())
                        .ifPresent(p -> errors.add(new FieldError(field, p[0], p[1])));
            }
        }
        return known;
    }
}
