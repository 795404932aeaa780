package org.comity.core.repatriation;

import static org.comity.core.repatriation.RepatriationModel.TASK_ACKNOWLEDGE_RECEIPT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.access.CaseParties;
import org.comity.core.access.ReceivingOfficerAcknowledgesReceipt;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.identity.Actor;
import org.comity.core.repatriation.request.ReceiptInput;
import org.comity.core.repatriation.rules.ReceiptCheck;
import org.comity.core.task.TaskWork;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the receipt of a transfer through its own endpoint: the receiving officer gives the count
 * and each person not received with the reason. The values become those of the transfer's
 * {@code Task_AcknowledgeReceipt}, completed through {@link TaskWork} in the same transaction, so
 * that {@link ReceiptCheck} judges them exactly as a completion through the task API; problems are
 * reported on this endpoint's own fields ({@code notReceived[i].personId}).
 */
@Service
public class HandoverReceipts {

    private final RepatriationIntake intake;
    private final TransferPlanning planning;
    private final Transfers transfers;
    private final TaskService tasks;
    private final TaskWork work;

    HandoverReceipts(
            RepatriationIntake intake,
            TransferPlanning planning,
            Transfers transfers,
            TaskService tasks,
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
        Operation operation = intake.operation(actor, operationId);
        if (!ReceivingOfficerAcknowledgesReceipt.POLICY.allows(
                actor, new CaseParties(operation.holdingState(), operation.receivingState()))) {
            throw new ForbiddenException("Only an officer of the receiving state acknowledges receipt");
        }
        List<ReceiptCheck.Line> lines = (receipt.notReceived() == null
                        ? List.<ReceiptInput.NotReceived>of()
                        : receipt.notReceived())
                .stream()
                        .map(n -> n == null
                                ? new ReceiptCheck.Line(null, null)
                                : new ReceiptCheck.Line(
                                        n.personId(),
                                        n.reason() == null ? null : n.reason().strip()))
                        .toList();
        List<ReceiptCheck.Problem> problems = ReceiptCheck.check(
                Set.copyOf(transfer.personIds()),
                transfers.heldBack(transfer.id()),
                receipt.receivedCount(),
                lines.size(),
                lines);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> new FieldError(
                            p.line() < 0 ? p.part() : "notReceived[" + p.line() + "]." + p.part(),
                            p.rule(),
                            p.message()))
                    .toList());
        }
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(operationId)
                .taskDefinitionKey(TASK_ACKNOWLEDGE_RECEIPT)
                .processVariableValueEquals(
                        RepatriationModel.VAR_TRANSFER_ID, transfer.id().toString())
                .singleResult();
        if (task == null) {
            throw new ConflictException("Transfer " + transferId + " is not awaiting its receipt");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("receivedCount", receipt.receivedCount());
        values.put("notReceivedCount", lines.size());
        values.put("discrepancies", ReceiptCheck.text(lines));
        work.complete(actor, task.getId(), values);
    }
}
