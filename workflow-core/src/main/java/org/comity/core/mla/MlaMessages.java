package org.comity.core.mla;

import java.util.UUID;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseMessages;
import org.comity.core.casefile.CaseTransmitted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Sends a message to the other side's process of the case, correlated by the case id (the business
 * key), and moves the case to the status that message begins ({@link MlaOutgoing} says which message,
 * variables and status belong to each throw event; each event's delegate passes its own). Both sides
 * run in the same engine, so a message is a correlation; the request itself starts the requested
 * side's process. Every message sent marks the case transmitted ({@link CaseTransmitted}): the letter
 * of request is where the requested state's sight of the case begins.
 */
@Component
public class MlaMessages {

    private final BiConsumer<String, String> statusWriter;
    private final ApplicationEventPublisher events;

    @Autowired
    MlaMessages(CaseFiles cases, ApplicationEventPublisher events) {
        this((caseId, status) -> cases.changeStatus(UUID.fromString(caseId), status), events);
    }

    /** A sender that reports each status change of a case to {@code statusWriter}, e.g. in process tests. */
    public MlaMessages(BiConsumer<String, String> statusWriter) {
        this(statusWriter, event -> {});
    }

    private MlaMessages(BiConsumer<String, String> statusWriter, ApplicationEventPublisher events) {
        this.statusWriter = statusWriter;
        this.events = events;
    }

    /** Sends {@code outgoing} from the throw event {@code execution} runs in. */
    public void send(DelegateExecution execution, MlaOutgoing outgoing) {
        VariableMap variables = CaseMessages.variables(execution, outgoing.variables());
        String status = outgoing.status(execution);
        if (status != null) {
            statusWriter.accept(execution.getBusinessKey(), status);
        }
        events.publishEvent(new CaseTransmitted(UUID.fromString(execution.getBusinessKey())));
        var correlation = CaseMessages.toCase(execution, outgoing.message()).setVariables(variables);
        if (outgoing == MlaOutgoing.REQUEST) {
            correlation.correlateStartMessage();
        } else {
            correlation.correlateAllWithResult();
        }
    }
}
