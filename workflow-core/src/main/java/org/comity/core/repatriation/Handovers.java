package org.comity.core.repatriation;

import static org.comity.core.repatriation.RepatriationModel.MESSAGE_PERSON_HANDED_OVER;
import static org.comity.core.repatriation.RepatriationModel.VAR_RECEIVED;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the handover process does to its transfer: after the receipt, every person received is
 * handed over (their person process ends {@code Repatriated}) and every person listed as not received
 * awaits the holding state's account of them; a rejected plan releases its persons
 * for another transfer; a person screened as a trafficking victim is re-classed (legal-domain.md
 * §10 item 21).
 */
@Service
public class Handovers {

    private final Transfers transfers;
    private final RepatriationPersons persons;
    private final RuntimeService runtime;
    private final HandoverDocuments documents;

    Handovers(Transfers transfers, RepatriationPersons persons, RuntimeService runtime, HandoverDocuments documents) {
        this.documents = documents;
        this.transfers = transfers;
        this.persons = persons;
        this.runtime = runtime;
    }

    @Transactional
    public int recordHandover(UUID transferId) {
        UUID operationId = transfers.operationOf(transferId).orElseThrow();
        List<UUID> received = transfers.markReceived(transferId);
        Map<UUID, String> processes = persons.processes(operationId, received);
        for (UUID person : received) {
            runtime.createMessageCorrelation(MESSAGE_PERSON_HANDED_OVER).processInstanceId(processes.get(person))
                    .setVariable(VAR_RECEIVED, true).correlateWithResult();
        }
        transfers.changeStatus(transferId, Transfer.HANDED_OVER);
        documents.issueReceipt(transferId);
        return received.size();
    }

    /**
     * The persons a receipt lists as not received leave the wait for their handover with
     * {@code received = false}: the holding state must account for each (legal-domain.md §9 item 18).
     */
    @Transactional
    public void reportNotReceived(UUID operationId, List<UUID> personIds) {
        Map<UUID, String> processes = persons.processes(operationId, personIds);
        for (UUID person : personIds) {
            runtime.createMessageCorrelation(MESSAGE_PERSON_HANDED_OVER).processInstanceId(processes.get(person))
                    .setVariable(VAR_RECEIVED, false).correlateWithResult();
        }
    }

    @Transactional
    public void cancel(UUID transferId) {
        transfers.release(transferId);
        transfers.changeStatus(transferId, Transfer.CANCELLED);
    }

    @Transactional
    public void recordVictim(UUID personId) {
        persons.reclassify(personId, PersonCategory.TRAFFICKING_VICTIM);
    }
}
