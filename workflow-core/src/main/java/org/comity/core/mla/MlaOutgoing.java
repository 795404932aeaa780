package org.comity.core.mla;

import static org.comity.core.mla.MlaProcesses.Variables.*;

import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.comity.core.mla.MlaProcesses.Beans;
import org.comity.core.mla.MlaProcesses.Messages;
import org.comity.core.mla.MlaProcesses.Variables;
import org.comity.core.mla.form.ConfidentialityAnswer;

/**
 * Each message one side of an MLA case sends the other, one constant per throw event of the models:
 * the bean the event calls, the message, the variables that go with it and the case status the
 * message begins (none for a delay notice or the result, which leave the status to the steps after
 * them). The delegate of each event passes its constant to {@link MlaMessages}.
 */
public enum MlaOutgoing {
    REQUEST(
            Beans.SEND_REQUEST,
            Messages.REQUEST_RECEIVED,
            List.of(CASE_ID, REQUEST_ID, REQUESTING_STATE, REQUESTED_STATE, LEGAL_BASIS_ID, CONFIDENTIAL, DEADLINE_AT),
            "UNDER_ASSESSMENT"),
    MORE_INFORMATION(Beans.SEND_MORE_INFORMATION, Messages.MORE_INFORMATION_PROVIDED, List.of(), "UNDER_ASSESSMENT"),
    /** A withdrawal ends the case; any other answer lets execution go on. */
    CONFIDENTIALITY_ANSWER(
            Beans.SEND_CONFIDENTIALITY_ANSWER,
            Messages.CONFIDENTIALITY_ANSWERED,
            List.of(Variables.CONFIDENTIALITY_ANSWER),
            execution -> ConfidentialityAnswer.WITHDRAW
                            .name()
                            .equals(execution.getVariable(Variables.CONFIDENTIALITY_ANSWER))
                    ? "WITHDRAWN"
                    : "UNDER_EXECUTION"),
    EVIDENCE_ACKNOWLEDGEMENT(
            Beans.SEND_EVIDENCE_ACKNOWLEDGEMENT, Messages.EVIDENCE_ACKNOWLEDGED, List.of(), "COMPLETED"),
    FURTHER_USE_REQUEST(
            Beans.SEND_FURTHER_USE_REQUEST, Messages.FURTHER_USE_REQUESTED, List.of(), "FURTHER_USE_REQUESTED"),
    REFUSAL(Beans.SEND_REFUSAL, Messages.REFUSED, List.of(), "REFUSED"),
    MORE_INFORMATION_REQUEST(
            Beans.SEND_MORE_INFORMATION_REQUEST,
            Messages.MORE_INFORMATION_REQUESTED,
            List.of(MORE_INFORMATION_DUE_AT),
            "MORE_INFORMATION_REQUESTED"),
    MORE_INFORMATION_LAPSE(
            Beans.SEND_MORE_INFORMATION_LAPSE, Messages.MORE_INFORMATION_LAPSED, List.of(), "UNDER_ASSESSMENT"),
    POSTPONEMENT(Beans.SEND_POSTPONEMENT, Messages.POSTPONED, List.of(POSTPONED_UNTIL), "POSTPONED"),
    CONFIDENTIALITY_NOTICE(
            Beans.SEND_CONFIDENTIALITY_NOTICE,
            Messages.CONFIDENTIALITY_CANNOT_BE_KEPT,
            List.of(),
            "CONFIDENTIALITY_NOTICE"),
    DELAY_NOTICE(Beans.SEND_DELAY_NOTICE, Messages.DELAY_NOTIFIED, List.of(), (String) null),
    RESULT(Beans.SEND_RESULT, Messages.EXECUTED, List.of(OUTCOME), (String) null),
    FURTHER_USE_DECISION(
            Beans.SEND_FURTHER_USE_DECISION,
            Messages.FURTHER_USE_DECIDED,
            List.of(Variables.FURTHER_USE_DECISION),
            "COMPLETED");

    private final String bean;
    private final String message;
    private final List<String> variables;
    private final Function<VariableScope, String> status;

    MlaOutgoing(String bean, String message, List<String> variables, String status) {
        this(bean, message, variables, execution -> status);
    }

    MlaOutgoing(String bean, String message, List<String> variables, Function<VariableScope, String> status) {
        this.bean = bean;
        this.message = message;
        this.variables = variables;
        this.status = status;
    }

    /** The name of the delegate bean of the throw event that sends this message. */
    public String bean() {
        return bean;
    }

    /** The message name the other side's process catches. */
    public String message() {
        return message;
    }

    /** The variables sent with the message. */
    public List<String> variables() {
        return variables;
    }

    /** The case status the message begins, or null to leave it. */
    public String status(VariableScope execution) {
        return status.apply(execution);
    }
}
