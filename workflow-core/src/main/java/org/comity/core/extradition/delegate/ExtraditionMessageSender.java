package org.comity.core.extradition.delegate;

import static org.comity.core.extradition.ExtraditionProcesses.Variables.*;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.comity.core.casefile.CaseMessages;
import org.comity.core.casefile.CaseTransmitted;
import org.comity.core.extradition.ExtraditionProcesses.Closure;
import org.comity.core.extradition.ExtraditionProcesses.Messages;
import org.comity.core.extradition.ExtraditionRequestReceived;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Sends a message to the other side's process, correlated by the case id (the business key). Each
 * throw event of the models has its own delegate ({@link ExtraditionDelegates}) that says which
 * message it sends and which variables go with it. Both sides run in the same engine, so a message
 * is a correlation; a side that is not waiting for it (e.g. the requesting side still in review when
 * a provisional arrest lapses) simply does not receive it. Every message sent marks the case
 * transmitted ({@link CaseTransmitted}): the first one, the request or the provisional-arrest
 * request ahead of it, is where the requested state's sight of the case begins.
 */
@Component
public class ExtraditionMessageSender {

    private static final List<String> REQUEST_VARIABLES =
            List.of(CASE_ID, REQUEST_ID, REQUESTING_STATE, REQUESTED_STATE, LEGAL_BASIS_ID, URGENCY);

    private final ApplicationEventPublisher events;

    public ExtraditionMessageSender(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The request, or the request for provisional arrest ahead of it: starts the requested side's examination. */
    public void sendRequest(DelegateExecution execution) {
        transmitted(execution);
        start(CaseMessages.variables(execution, REQUEST_VARIABLES), execution);
    }

    /**
     * The formal request after a provisional arrest. If the requested side no longer waits for it
     * (the arrest lapsed and the person was released), it starts a new examination: a release does
     * not bar a later formal request (S10 Art. 31 para. 3).
     */
    public void sendFormalRequest(DelegateExecution execution) {
        transmitted(execution);
        boolean received = !CaseMessages.toCase(execution, Messages.FORMAL_REQUEST_RECEIVED)
                .correlateAllWithResult()
                .isEmpty();
        if (!received) {
            VariableMap variables = CaseMessages.variables(execution, REQUEST_VARIABLES);
            variables.put(URGENCY, "ORDINARY");
            start(variables, execution);
        }
    }

    /** {@code message} to the other side, with the current values of {@code variables}. */
    public void send(DelegateExecution execution, String message, String... variables) {
        transmitted(execution);
        CaseMessages.toCase(execution, message)
                .setVariables(CaseMessages.variables(execution, List.of(variables)))
                .correlateAllWithResult();
    }

    /** Tells the requesting side that the requested side closed the case, and why. */
    public void sendClosure(DelegateExecution execution, Closure closure) {
        transmitted(execution);
        CaseMessages.toCase(execution, Messages.CLOSED)
                .setVariable(CLOSURE, closure.name())
                .correlateAllWithResult();
    }

    /**
     * A release closes the requesting side's case only after a grant (the surrender was abandoned);
     * after a lapsed provisional arrest the requesting side may still send the formal request.
     */
    public void sendRelease(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable(EXTRADITION_GRANTED))) {
            sendClosure(execution, Closure.RELEASED);
        }
    }

    private void transmitted(DelegateExecution execution) {
        events.publishEvent(new CaseTransmitted(UUID.fromString(execution.getBusinessKey())));
    }

    private void start(VariableMap variables, DelegateExecution execution) {
        CaseMessages.toCase(execution, Messages.REQUEST_RECEIVED)
                .setVariables(variables)
                .correlateStartMessage();
        events.publishEvent(new ExtraditionRequestReceived(
                UUID.fromString(execution.getBusinessKey()), (String) execution.getVariable(REQUESTED_STATE)));
    }
}
