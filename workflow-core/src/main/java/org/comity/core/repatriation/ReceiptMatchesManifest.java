package org.comity.core.repatriation;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.identity.Actor;
import org.comity.core.repatriation.form.AcknowledgeReceiptForm;
import org.comity.core.repatriation.rules.ReceiptCheck;
import org.comity.core.task.TaskCompletionListener;
import org.comity.core.task.TaskCompletionRule;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * {@link ReceiptCheck} on every completion of {@code Task_AcknowledgeReceipt}, whether through the
 * receipt endpoint, the task API or bulk completion: problems are reported on the form's fields
 * ({@code discrepancies} naming the line). Once the completion is accepted, the persons listed are
 * recorded as not received on the transfer, so that the handover passes over them, and each one's
 * process asks the holding state to account for the person ({@code Task_AccountForPerson}).
 */
@Component
class ReceiptMatchesManifest implements TaskCompletionRule<AcknowledgeReceiptForm>, TaskCompletionListener {

    private final RuntimeService runtime;
    private final Transfers transfers;
    private final Handovers handovers;

    ReceiptMatchesManifest(RuntimeService runtime, Transfers transfers, Handovers handovers) {
        this.runtime = runtime;
        this.transfers = transfers;
        this.handovers = handovers;
    }

    @Override
    public Class<AcknowledgeReceiptForm> formType() {
        return AcknowledgeReceiptForm.class;
    }

    @Override
    public void check(Actor actor, Task task, String caseId, AcknowledgeReceiptForm receipt) {
        UUID transferId = transferOf(task);
        List<ReceiptCheck.Problem> problems = ReceiptCheck.check(
                java.util.Set.copyOf(transfers
                        .find(UUID.fromString(caseId), transferId)
                        .orElseThrow()
                        .personIds()),
                transfers.heldBack(transferId),
                receipt.receivedCount(),
                receipt.notReceivedCount(),
                ReceiptCheck.lines(receipt.discrepancies()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> p.line() < 0
                            ? new FieldError(p.part(), p.rule(), p.message())
                            : new FieldError(
                                    "discrepancies",
                                    p.rule(),
                                    "line " + (p.line() + 1) + ": " + p.message()
                                            + " (write one line per person: person id, a colon, the reason)"))
                    .toList());
        }
    }

    @Override
    public void completed(Actor actor, Task task, String caseId, Record form) {
        if (form instanceof AcknowledgeReceiptForm receipt) {
            UUID transferId = transferOf(task);
            List<ReceiptCheck.Line> lines = ReceiptCheck.lines(receipt.discrepancies());
            lines.forEach(
                    line -> transfers.markNotReceived(transferId, UUID.fromString(line.personId()), line.reason()));
            handovers.reportNotReceived(
                    UUID.fromString(caseId),
                    lines.stream().map(line -> UUID.fromString(line.personId())).toList());
        }
    }

    private UUID transferOf(Task task) {
        return UUID.fromString(
                (String) runtime.getVariable(task.getProcessInstanceId(), RepatriationModel.VAR_TRANSFER_ID));
    }
}
