package org.comity.core.repatriation;

import static org.comity.core.repatriation.RepatriationModel.MESSAGE_PERSON_HANDED_OVER;
import static org.comity.core.repatriation.RepatriationModel.VAR_RECEIVED;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.comity.core.repatriation.request.PersonCategory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the handover process does to its transfer: after the receipt, the handover is recorded, then
 * every person received is handed over (their person process ends {@code Repatriated}) in chunks of
 * {@value #CHUNK}, each chunk a job and a transaction of its own, so that a batch of 1,523 never runs
 * as one transaction holding the audit chain's head (issue 13 item 7, issue 16 item 4); every person
 * listed as not received
 * awaits the holding state's account of them; a rejected plan releases its persons
 * for another transfer; a person screened as a trafficking victim is re-classed (legal-domain.md
 * §10 item 21).
 */
@Service
public class Handovers {

    private final Transfers transfers;
    private final RepatriationPersons persons;
    private final RuntimeService runtime;

    Handovers(Transfers transfers, RepatriationPersons persons, RuntimeService runtime) {
        this.transfers = transfers;
        this.persons = persons;
        this.runtime = runtime;
    }

    /** Persons handed over in one job (one transaction). */
    public static final int CHUNK = 100;

    /**
     * Records the handover as a business fact: the persons not listed as missing are received, each
     * assigned to a chunk, and the transfer is handed over. Returns the number of chunks; the persons'
     * processes are told by {@link #handOverChunk}, one chunk a job.
     */
    @Transactional
    public int recordHandover(UUID transferId) {
        int chunks = transfers.assignChunks(transferId, transfers.markReceived(transferId), CHUNK);
        transfers.changeStatus(transferId, Transfer.HANDED_OVER);
        return chunks;
    }

    /**
     * Ends the wait for the handover of the received persons of one chunk (assigned by
     * {@link #recordHandover}, so that a retried chunk takes the same persons).
     */
    @Transactional
    public void handOverChunk(UUID transferId, int chunk) {
        UUID operationId = transfers.operationOf(transferId).orElseThrow();
        List<UUID> received = transfers.chunk(transferId, chunk);
        Map<UUID, String> processes = persons.processes(operationId, received);
        for (UUID person : received) {
            runtime.createMessageCorrelation(MESSAGE_PERSON_HANDED_OVER)
                    .processInstanceId(processes.get(person))
                    .setVariable(VAR_RECEIVED, true)
                    .correlateWithResult();
        }
    }

    /**
     * The persons a receipt lists as not received leave the wait for their handover with
     * {@code received = false}: the holding state must account for each (legal-domain.md §9 item 18).
     */
    @Transactional
    public void reportNotReceived(UUID operationId, List<UUID> personIds) {
        Map<UUID, String> processes = persons.processes(operationId, personIds);
        for (UUID person : personIds) {
            runtime.createMessageCorrelation(MESSAGE_PERSON_HANDED_OVER)
                    .processInstanceId(processes.get(person))
                    .setVariable(VAR_RECEIVED, false)
                    .correlateWithResult();
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
