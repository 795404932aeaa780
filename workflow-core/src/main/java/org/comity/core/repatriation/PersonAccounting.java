package org.comity.core.repatriation;

import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.identity.Actor;
import org.comity.core.repatriation.form.AccountForPersonForm;
import org.comity.core.repatriation.form.ConfirmLateReceiptForm;
import org.comity.core.repatriation.form.LateReceipt;
import org.comity.core.repatriation.form.NotReceivedOutcome;
import org.comity.core.task.TaskCompletionListener;
import org.springframework.stereotype.Component;

/**
 * What an account of a person not received changes on the transfer (legal-domain.md §9 item 18, §10
 * item 21), in the transaction of the task's completion: a person still held comes off the old
 * transfer's manifest, so that a later transfer can take them; a late receipt the receiving state
 * confirms marks the person received on that transfer. The outcome, date and remarks are audited by
 * the task's completion (one entry per call, its digest over the stored submission), which these
 * changes are part of. Escape, death and release leave the person on the manifest as not received;
 * their process ends at the matching end event.
 */
@Component
class PersonAccounting implements TaskCompletionListener {

    private final RuntimeService runtime;
    private final Transfers transfers;

    PersonAccounting(RuntimeService runtime, Transfers transfers) {
        this.runtime = runtime;
        this.transfers = transfers;
    }

    @Override
    public void completed(Actor actor, Task task, String caseId, Record form) {
        if (form instanceof AccountForPersonForm account
                && account.notReceivedOutcome() == NotReceivedOutcome.STILL_HELD) {
            UUID person = personOf(task);
            transfers.notReceivedOn(person).ifPresent(transfer -> transfers.removeNotReceived(transfer, person));
        } else if (form instanceof ConfirmLateReceiptForm late && late.lateReceipt() == LateReceipt.CONFIRMED) {
            UUID person = personOf(task);
            transfers.notReceivedOn(person).ifPresent(transfer -> transfers.markReceivedLate(transfer, person));
        }
    }

    private UUID personOf(Task task) {
        return UUID.fromString(
                (String) runtime.getVariable(task.getProcessInstanceId(), RepatriationModel.VAR_PERSON_ID));
    }
}
