package org.comity.core.repatriation;

import static org.comity.core.repatriation.RepatriationModel.TASK_ACKNOWLEDGE_RECEIPT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.task.TaskWork;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the receipt of a transfer (legal-domain.md §9 item 18): the received count must equal
 * the manifest less the persons listed as not received, each with a reason. The receipt completes
 * the transfer's {@code Task_AcknowledgeReceipt} through {@link TaskWork} in the same transaction.
 */
@Service
public class HandoverReceipts {

    private final RepatriationIntake intake;
    private final TransferPlanning planning;
    private final Transfers transfers;
    private final TaskService tasks;
    private final TaskWork work;

    HandoverReceipts(RepatriationIntake intake, TransferPlanning planning, Transfers transfers, TaskService tasks,
            TaskWork work) {
        this.intake = intake;
        this.planning = planning;
        this.transfers = transfers;
        this.tasks = tasks;
        this.work = work;
    }

    @Transactional
    public void acknowledge(Actor actor, String operationId, String transferId, ReceiptInput receipt) {
        Transfer transfer = planning.transfer(actor, operationId, transferId);
        if (actor.role() != Role.OFFICER
                || !intake.operation(actor, operationId).receivingState().equals(actor.jurisdiction())) {
            throw new ForbiddenException("Only an officer of the receiving state acknowledges receipt");
        }
        Map<UUID, String> missing = check(transfer, receipt);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(operationId)
                .taskDefinitionKey(TASK_ACKNOWLEDGE_RECEIPT).processVariableValueEquals(
                        RepatriationModel.VAR_TRANSFER_ID, transfer.id().toString()).singleResult();
        if (task == null) {
            throw new ConflictException("Transfer " + transferId + " is not awaiting its receipt");
        }
        missing.forEach((person, reason) -> transfers.markNotReceived(transfer.id(), person, reason));
        StringBuilder discrepancies = new StringBuilder();
        missing.forEach((person, reason) -> discrepancies.append(person).append(": ").append(reason).append('\n'));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("receivedCount", receipt.receivedCount());
        values.put("notReceivedCount", missing.size());
        values.put("discrepancies", discrepancies.toString().strip());
        work.complete(actor, task.getId(), values);
    }

    private static Map<UUID, String> check(Transfer transfer, ReceiptInput receipt) {
        List<FieldError> errors = new ArrayList<>();
        Map<UUID, String> missing = new LinkedHashMap<>();
        List<ReceiptInput.NotReceived> listed = receipt.notReceived() == null ? List.of() : receipt.notReceived();
        Set<UUID> manifest = new HashSet<>(transfer.personIds());
        for (int i = 0; i < listed.size(); i++) {
            ReceiptInput.NotReceived n = listed.get(i);
            UUID id = n == null ? null : TransferPlanning.parse(n.personId()).orElse(null);
            if (id == null || !manifest.contains(id) || missing.containsKey(id)) {
                errors.add(new FieldError("notReceived[" + i + "].personId", "OnManifest",
                        "must be a person on the manifest, listed once"));
            } else if (n.reason() == null || n.reason().isBlank() || n.reason().length() > 500) {
                errors.add(new FieldError("notReceived[" + i + "].reason", "NotBlank", "must say why (at most 500 characters)"));
            } else {
                missing.put(id, n.reason().strip());
            }
        }
        int expected = manifest.size() - listed.size();
        if (receipt.receivedCount() == null || receipt.receivedCount() != expected) {
            errors.add(new FieldError("receivedCount", "ManifestCount", "must equal the " + manifest.size()
                    + " persons on the manifest less those listed as not received (" + expected + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return missing;
    }
}
