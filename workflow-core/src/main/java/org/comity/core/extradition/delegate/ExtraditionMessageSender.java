package org.comity.core.extradition.process;

import static org.comity.core.extradition.process.ExtraditionProcesses.Variables.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.comity.core.casefile.CaseMessages;
import org.comity.core.casefile.CaseTransmitted;
import org.comity.core.extradition.process.ExtraditionProcesses.Messages;
import org.comity.core.extradition.process.ExtraditionProcesses.Requested;
import org.comity.core.extradition.process.ExtraditionProcesses.Requesting;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Sends the message of the throw event it runs in to the other side's process, correlated by the
 * case id (the business key). Which message each event sends and which variables go with it is a
 * table here, so that the models only name the bean. Both sides run in the same engine, so a
 * message is a correlation; a side that is not waiting for it (e.g. the requesting side still in
 * review when a provisional arrest lapses) simply does not receive it. Every message sent marks the
 * case transmitted ({@link CaseTransmitted}): the first one, the request or the provisional-arrest
 * request ahead of it, is where the requested state's sight of the case begins.
 */
@Component("extraditionMessages")
public class ExtraditionMessageSender implements JavaDelegate {

    private final ApplicationEventPublisher events;

    public ExtraditionMessageSender(ApplicationEventPublisher events) {
        this.events = events;
    }

    private record Outgoing(String message, List<String> variables) {
    }

    private static final List<String> REQUEST_VARIABLES =
            List.of(CASE_ID, REQUEST_ID, REQUESTING_STATE, REQUESTED_STATE, LEGAL_BASIS_ID, URGENCY);

    private static final Map<String, Outgoing> BY_EVENT = Map.of(
            Requesting.PROVISIONAL_ARREST_REQUESTED, new Outgoing(Messages.REQUEST_RECEIVED, REQUEST_VARIABLES),
            Requesting.REQUEST_SENT, new Outgoing(Messages.REQUEST_RECEIVED, REQUEST_VARIABLES),
            Requesting.FORMAL_REQUEST_SENT, new Outgoing(Messages.FORMAL_REQUEST_RECEIVED, List.of()),
            Requesting.SUPPLEMENTARY_SENT, new Outgoing(Messages.SUPPLEMENTARY_PROVIDED, List.of()),
            Requested.SUPPLEMENTARY_REQUESTED, new Outgoing(Messages.SUPPLEMENTARY_REQUESTED, List.of(SUPPLEMENTARY_DUE_AT)),
            Requested.DECISION_SENT, new Outgoing(Messages.DECIDED, List.of(EXTRADITION_GRANTED)),
            Requested.PERSON_SURRENDERED, new Outgoing(Messages.PERSON_SURRENDERED, List.of()),
            Requested.TERMINATION_NOTIFIED, new Outgoing(Messages.CLOSED, List.of()),
            Requested.RELEASE_NOTIFIED, new Outgoing(Messages.CLOSED, List.of()));

    @Override
    public void execute(DelegateExecution execution) {
        String event = execution.getCurrentActivityId();
        Outgoing outgoing = CaseMessages.forEvent(BY_EVENT, execution);
        if (Requested.RELEASE_NOTIFIED.equals(event) && !Boolean.TRUE.equals(execution.getVariable(EXTRADITION_GRANTED))) {
            return;
        }
        events.publishEvent(new CaseTransmitted(UUID.fromString(execution.getBusinessKey())));
        VariableMap variables = CaseMessages.variables(execution, outgoing.variables());
        if (Messages.CLOSED.equals(outgoing.message())) {
            variables.put(CLOSURE, Requested.TERMINATION_NOTIFIED.equals(event)
                    ? ExtraditionProcesses.Closure.TERMINATED.name() : ExtraditionProcesses.Closure.RELEASED.name());
        }
        if (Messages.REQUEST_RECEIVED.equals(outgoing.message())) {
            start(variables, execution);
        } else if (Messages.FORMAL_REQUEST_RECEIVED.equals(outgoing.message())) {
            formalRequest(execution);
        } else {
            CaseMessages.toCase(execution, outgoing.message()).setVariables(variables).correlateAllWithResult();
        }
    }

    private void start(VariableMap variables, DelegateExecution execution) {
        CaseMessages.toCase(execution, Messages.REQUEST_RECEIVED).setVariables(variables).correlateStartMessage();
        events.publishEvent(new ExtraditionRequestReceived(UUID.fromString(execution.getBusinessKey()),
                (String) execution.getVariable(REQUESTED_STATE)));
    }

    /**
     * The formal request after a provisional arrest. If the requested side no longer waits for it
     * (the arrest lapsed and the person was released), it starts a new examination: a release does
     * not bar a later formal request (S10 Art. 31 para. 3).
     */
    private void formalRequest(DelegateExecution execution) {
        boolean received = !CaseMessages.toCase(execution, Messages.FORMAL_REQUEST_RECEIVED).correlateAllWithResult()
                .isEmpty();
        if (!received) {
            VariableMap variables = CaseMessages.variables(execution, REQUEST_VARIABLES);
            variables.put(URGENCY, "ORDINARY");
            start(variables, execution);
        }
    }
}
