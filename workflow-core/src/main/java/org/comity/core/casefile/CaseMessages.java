package org.comity.core.casefile;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What every message sender between the two sides' processes of a case does alike. Both sides run in
 * the same engine and every process instance's business key is the case id, so a message to the
 * other side is a correlation by that key. Each sender keeps a table from the throw event it runs in
 * to its message and the variables that go with it; which message, which variables and what else
 * happens on sending stay with the process the sender belongs to.
 */
public final class CaseMessages {

    private CaseMessages() {}

    /**
     * The entry of {@code byEvent} for the throw event {@code execution} runs in. A model that names
     * the sender on an event the table lacks is a programming error, not a state of a case.
     */
    public static <T> T forEvent(Map<String, T> byEvent, DelegateExecution execution) {
        String event = execution.getCurrentActivityId();
        T outgoing = byEvent.get(event);
        if (outgoing == null) {
            throw new IllegalStateException("No message is defined for " + event);
        }
        return outgoing;
    }

    /** The current values of the variables {@code names} of {@code execution}, to send with a message. */
    public static VariableMap variables(DelegateExecution execution, List<String> names) {
        VariableMap variables = Variables.createVariables();
        names.forEach(name -> variables.put(name, execution.getVariable(name)));
        return variables;
    }

    /** A correlation of {@code message} with the processes of the case {@code execution} belongs to. */
    public static MessageCorrelationBuilder toCase(DelegateExecution execution, String message) {
        return execution
                .getProcessEngineServices()
                .getRuntimeService()
                .createMessageCorrelation(message)
                .processInstanceBusinessKey(execution.getBusinessKey());
    }
}
