package org.comity.core.repatriation;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.comity.core.access.CaseParties;
import org.comity.core.access.RequestingStateMayWrite;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.idempotency.IdempotentResult;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.person.NameText;
import org.comity.core.person.PersonIdentity;
import org.comity.core.repatriation.request.OperationInput;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.core.repatriation.rules.DuplicatePersons;
import org.comity.core.repatriation.rules.NewPerson;
import org.comity.core.repatriation.rules.OperationRules;
import org.comity.core.repatriation.rules.PersonRowRules;
import org.comity.core.routeconflict.HeldPersonsRegistered;
import org.comity.core.routeconflict.RouteConflicts;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens joint operations and adds their persons. A batch is all or nothing: every row is checked
 * first and any broken rule refuses the whole batch (422 listing every bad row); a valid batch is
 * stored with JDBC batches in one transaction. Its person processes then start in transactions of
 * {@value PersonProcessStarter#CHUNK} (one huge transaction slows H2 down quadratically); a person
 * whose process did not start (e.g. after a crash) is started by the next call for the operation.
 */
@Service
public class RepatriationIntake {

    static final String OPEN = "OPEN";

    private final CaseFiles cases;
    private final Operations operations;
    private final RepatriationPersons persons;
    private final RepatriationProcesses processes;
    private final IdempotencyKeys idempotency;
    private final JurisdictionRegistry jurisdictions;
    private final Validator validator;
    private final Clock clock;
    private final JurisdictionClock jurisdictionClock;
    private final PersonProcessStarter starter;
    private final TransactionTemplate tx;
    private final RepatriationAudit audit;
    private final RouteConflicts routeConflicts;

    RepatriationIntake(
            CaseFiles cases,
            Operations operations,
            RepatriationPersons persons,
            RepatriationProcesses processes,
            IdempotencyKeys idempotency,
            JurisdictionRegistry jurisdictions,
            Validator validator,
            Clock clock,
            JurisdictionClock jurisdictionClock,
            PersonProcessStarter starter,
            PlatformTransactionManager transactions,
            RepatriationAudit audit,
            RouteConflicts routeConflicts) {
        this.jurisdictionClock = jurisdictionClock;
        this.audit = audit;
        this.routeConflicts = routeConflicts;
        this.starter = starter;
        this.tx = new TransactionTemplate(transactions);
        this.cases = cases;
        this.operations = operations;
        this.persons = persons;
        this.processes = processes;
        this.idempotency = idempotency;
        this.jurisdictions = jurisdictions;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Opens the operation (and its case) with its first persons; the result's id is the case id. A
     * repeat with the same Idempotency-Key and body replays the first result before any check.
     */
    public IdempotentResult open(Actor actor, OperationInput input, String idempotencyKey) {
        if (input.holdingState() != null && jurisdictions.contains(input.holdingState())) {
            requireHoldingSide(actor, input.holdingState());
        }
        IdempotentResult result = tx.execute(status -> idempotency.once(actor, idempotencyKey, input, () -> {
            List<FieldError> errors = new ArrayList<>(Violations.toFieldErrors(validator.validate(input)));
            OperationRules.check(input, jurisdictions, errors);
            Map<String, OperationInput.CallCentreInput> centres = callCentres(input);
            Map<String, UUID> centreIds = new LinkedHashMap<>();
            centres.keySet().forEach(name -> centreIds.put(name, UUID.randomUUID()));
            List<PersonInput> rows = input.persons() == null ? List.of() : input.persons();
            List<NewPerson> batch = validPersons(
                    input.holdingState(), rows.size() > PersonInput.MAX_BATCH ? List.of() : rows, centreIds, errors);
            CaseFile file =
                    cases.open(CaseType.REPATRIATION, input.holdingState(), input.receivingState(), OPEN, actor);
            Operation op = new Operation(
                    file.id(),
                    NameText.normalise(input.name()),
                    input.holdingState(),
                    input.receivingState(),
                    input.startDate(),
                    input.endDate());
            operations.insert(
                    op,
                    input.regions().stream().map(NameText::normalise).toList(),
                    centres,
                    centreIds,
                    actor.id(),
                    now());
            processes.startOperation(op);
            store(op, batch);
            audit.collected(
                    actor,
                    "operation.open",
                    op.id(),
                    batch.stream().map(NewPerson::id).toList());
            return op.id().toString();
        }));
        starter.startPending(UUID.fromString(result.resourceId()));
        return result;
    }

    private static Map<String, OperationInput.CallCentreInput> callCentres(OperationInput input) {
        Map<String, OperationInput.CallCentreInput> centres = new LinkedHashMap<>();
        if (input.callCentres() != null) {
            input.callCentres().stream()
                    .filter(c -> c != null && c.name() != null && c.region() != null)
                    .forEach(c -> centres.putIfAbsent(
                            NameText.normalise(c.name()),
                            new OperationInput.CallCentreInput(
                                    NameText.normalise(c.name()), NameText.normalise(c.region()))));
        }
        return centres;
    }

    /** Adds a batch of persons to an operation the caller's state holds; the result's id is how many were added. */
    public IdempotentResult addPersons(Actor actor, String operationId, List<PersonInput> rows, String idempotencyKey) {
        Operation op = operation(actor, operationId);
        requireHoldingSide(actor, op.holdingState());
        if (rows.isEmpty() || rows.size() > PersonInput.MAX_BATCH) {
            throw new InvalidInputException(List.of(new FieldError(
                    "persons", "Size", "must hold between 1 and " + PersonInput.MAX_BATCH + " persons")));
        }
        IdempotentResult result = tx.execute(status -> idempotency.once(actor, idempotencyKey, rows, () -> {
            List<NewPerson> batch =
                    validPersons(op.holdingState(), rows, operations.callCentres(op.id()), new ArrayList<>());
            store(op, batch);
            audit.collected(
                    actor,
                    "person.add",
                    op.id(),
                    batch.stream().map(NewPerson::id).toList());
            return Integer.toString(batch.size());
        }));
        starter.startPending(op.id());
        return result;
    }

    /** The operation as the API shows it, if the actor may see it. */
    @Transactional(readOnly = true)
    public OperationView view(Actor actor, String operationId) {
        CaseFile file = cases.visible(actor, operationId);
        Operation op = operations.find(file.id()).orElseThrow(() -> new NotVisibleException("Operation", operationId));
        return new OperationView(
                op.id().toString(),
                file.reference(),
                op.name(),
                op.holdingState(),
                op.receivingState(),
                op.startDate(),
                op.endDate(),
                file.status(),
                persons.count(op.id()));
    }

    /** The operation if the actor may see it; the case of another kind is no operation (404). */
    public Operation operation(Actor actor, String operationId) {
        return operations
                .find(cases.visible(actor, operationId).id())
                .orElseThrow(() -> new NotVisibleException("Operation", operationId));
    }

    /** The rows' persons; dates of birth are checked against "today" in the holding state, which collects them. */
    private List<NewPerson> validPersons(
            String holdingState, List<PersonInput> rows, Map<String, UUID> centres, List<FieldError> errors) {
        PersonRowRules rules = new PersonRowRules(centres, jurisdictionClock.today(holdingState));
        List<NewPerson> checked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            checked.add(rules.check(i, rows.get(i), errors));
        }
        DuplicatePersons.check(checked, persons.known(checked), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return checked;
    }

    private void store(Operation op, List<NewPerson> batch) {
        if (batch.isEmpty()) {
            return;
        }
        persons.insertAll(op.id(), batch, now());
        routeConflicts.checkNewPersons(new HeldPersonsRegistered(
                op.id(),
                op.holdingState(),
                batch.stream()
                        .map(p -> new HeldPersonsRegistered.Person(
                                p.id(),
                                new PersonIdentity(
                                        p.keys(),
                                        p.dateOfBirth(),
                                        Set.copyOf(p.documents().stream()
                                                .map(NewPerson.IdentityDocument::number)
                                                .toList()))))
                        .toList()));
    }

    static void requireHoldingSide(Actor actor, String holdingState) {
        if (!RequestingStateMayWrite.POLICY.allows(actor, new CaseParties(holdingState, null))) {
            throw new ForbiddenException("Only an agency or officer of the holding state may do this");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
