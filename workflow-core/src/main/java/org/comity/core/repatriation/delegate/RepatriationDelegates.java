package org.comity.core.repatriation.delegate;

import static org.comity.core.repatriation.RepatriationModel.*;

import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.comity.core.repatriation.Handovers;
import org.comity.core.repatriation.OperationClosings;
import org.comity.core.repatriation.document.HandoverDocuments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of the repatriation processes, as thin adapters: each reads its ids from the
 * execution and calls one service method. Bean names are the models' {@code ${beanName}}s.
 */
@Configuration(proxyBeanMethods = false)
class RepatriationDelegates {

    @Bean(BEAN_HANDOVER_RECORDER)
    JavaDelegate handoverRecorder(Handovers handovers) {
        return execution ->
                execution.setVariable(VAR_HANDOVER_CHUNKS, handovers.recordHandover(uuid(execution, VAR_TRANSFER_ID)));
    }

    @Bean(BEAN_PERSONS_HANDED_OVER)
    JavaDelegate personsHandedOver(Handovers handovers) {
        return execution -> handovers.handOverChunk(
                uuid(execution, VAR_TRANSFER_ID), (Integer) execution.getVariable(VAR_LOOP_COUNTER));
    }

    @Bean(BEAN_HANDOVER_RECEIPT)
    JavaDelegate handoverReceipt(HandoverDocuments documents) {
        return execution -> documents.issueReceipt(uuid(execution, VAR_TRANSFER_ID));
    }

    @Bean(BEAN_HANDOVER_MANIFEST)
    JavaDelegate handoverManifest(HandoverDocuments documents) {
        return execution -> documents.issueManifest(uuid(execution, VAR_TRANSFER_ID));
    }

    @Bean(BEAN_TRANSFER_CANCELLATION)
    JavaDelegate transferCancellation(Handovers handovers) {
        return execution -> handovers.cancel(uuid(execution, VAR_TRANSFER_ID));
    }

    @Bean(BEAN_VICTIM_STATUS)
    JavaDelegate victimStatusRecorder(Handovers handovers) {
        return execution -> handovers.recordVictim(uuid(execution, VAR_PERSON_ID));
    }

    @Bean(BEAN_OPERATION_CLOSURE)
    JavaDelegate operationClosure(OperationClosings closure) {
        return execution -> closure.close(UUID.fromString(execution.getProcessBusinessKey()), LocalDate.parse((String)
                execution.getVariable(VAR_CLOSED_ON)));
    }

    private static UUID uuid(DelegateExecution execution, String variable) {
        return UUID.fromString((String) execution.getVariable(variable));
    }
}
