package org.comity.core.mla.process;

import static org.comity.core.mla.process.MlaProcesses.Variables.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseMessages;
import org.comity.core.casefile.CaseTransmitted;
import org.comity.core.mla.form.ConfidentialityAnswer;
import org.comity.core.mla.process.MlaProcesses.Messages;
import org.comity.core.mla.process.MlaProcesses.Requested;
import org.comity.core.mla.process.MlaProcesses.Requesting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Sends the message of the throw event it runs in to the other side's process, correlated by the
 * case id (the business key), and moves the case to the status that message begins. Which message,
 * variables and status belong to each event is a table here, so that the models only name the bean.
 * Both sides run in the same engine, so a message is a correlation; the request itself starts the
 * requested side's process. Every message sent marks the case transmitted ({@link CaseTransmitted}):
 * the letter of request is where the requested state's sight of the case begins.
 */
@Component("mlaMessages")
public class MlaMessageSender implements JavaDelegate {

    private record Outgoing(String message, List<String> variables, Function<DelegateExecution, String> status) {

        static Outgoing of(String message, List<String> variables, String status) {
            return new Outgoing(message, variables, execution -> status);
        }
    }

    private static final List<String> REQUEST_VARIABLES = List.of(CASE_ID, REQUEST_ID, REQUESTING_STATE,
            REQUESTED_STATE, LEGAL_BASIS_ID, CONFIDENTIAL, DEADLINE_AT);

    private static final Map<String, Outgoing> BY_EVENT = Map.ofEntries(
            Map.entry(Requesting.REQUEST_SENT, Outgoing.of(Messages.REQUEST_RECEIVED, REQUEST_VARIABLES, "UNDER_ASSESSMENT")),
            Map.entry(Requesting.MORE_INFORMATION_SENT,
                    Outgoing.of(Messages.MORE_INFORMATION_PROVIDED, List.of(), "UNDER_ASSESSMENT")),
            Map.entry(Requesting.CONFIDENTIALITY_ANSWER_SENT, new Outgoing(Messages.CONFIDENTIALITY_ANSWERED,
                    List.of(CONFIDENTIALITY_ANSWER), execution -> ConfidentialityAnswer.WITHDRAW.name()
                            .equals(execution.getVariable(CONFIDENTIALITY_ANSWER)) ? "WITHDRAWN" : "UNDER_EXECUTION")),
            Map.entry(Requesting.EVIDENCE_ACKNOWLEDGED, Outgoing.of(Messages.EVIDENCE_ACKNOWLEDGED, List.of(), "COMPLETED")),
            Map.entry(Requesting.FURTHER_USE_REQUESTED,
                    Outgoing.of(Messages.FURTHER_USE_REQUESTED, List.of(), "FURTHER_USE_REQUESTED")),
            Map.entry(Requested.REFUSAL_SENT, Outgoing.of(Messages.REFUSED, List.of(), "REFUSED")),
            Map.entry(Requested.MORE_INFORMATION_REQUESTED, Outgoing.of(Messages.MORE_INFORMATION_REQUESTED,
                    List.of(MORE_INFORMATION_DUE_AT), "MORE_INFORMATION_REQUESTED")),
            Map.entry(Requested.MORE_INFORMATION_LAPSED,
                    Outgoing.of(Messages.MORE_INFORMATION_LAPSED, List.of(), "UNDER_ASSESSMENT")),
            Map.entry(Requested.POSTPONEMENT_SENT, Outgoing.of(Messages.POSTPONED, List.of(POSTPONED_UNTIL), "POSTPONED")),
            Map.entry(Requested.CONFIDENTIALITY_NOTICE_SENT,
                    Outgoing.of(Messages.CONFIDENTIALITY_CANNOT_BE_KEPT, List.of(), "CONFIDENTIALITY_NOTICE")),
            Map.entry(Requested.DELAY_NOTIFIED, Outgoing.of(Messages.DELAY_NOTIFIED, List.of(), null)),
            Map.entry(Requested.RESULT_SENT, Outgoing.of(Messages.EXECUTED, List.of(OUTCOME), null)),
            Map.entry(Requested.FURTHER_USE_DECIDED,
                    Outgoing.of(Messages.FURTHER_USE_DECIDED, List.of(FURTHER_USE_DECISION), "COMPLETED")));

    private final BiConsumer<String, String> statusWriter;
    private final ApplicationEventPublisher events;

    @Autowired
    MlaMessageSender(CaseFiles cases, ApplicationEventPublisher events) {
        this((caseId, status) -> cases.changeStatus(UUID.fromString(caseId), status), events);
    }

    /** A sender that reports each status change of a case to {@code statusWriter}, e.g. in process tests. */
    public MlaMessageSender(BiConsumer<String, String> statusWriter) {
        this(statusWriter, event -> { });
    }

    private MlaMessageSender(BiConsumer<String, String> statusWriter, ApplicationEventPublisher events) {
        this.statusWriter = statusWriter;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Outgoing outgoing = CaseMessages.forEvent(BY_EVENT, execution);
        VariableMap variables = CaseMessages.variables(execution, outgoing.variables());
        String status = outgoing.status().apply(execution);
        if (status != null) {
            statusWriter.accept(execution.getBusinessKey(), status);
        }
        events.publishEvent(new CaseTransmitted(UUID.fromString(execution.getBusinessKey())));
        var correlation = CaseMessages.toCase(execution, outgoing.message()).setVariables(variables);
        if (Messages.REQUEST_RECEIVED.equals(outgoing.message())) {
            correlation.correlateStartMessage();
        } else {
            correlation.correlateAllWithResult();
        }
    }
}
