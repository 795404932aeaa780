package org.comity.core.repatriation;

import static org.comity.core.repatriation.RepatriationModel.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Starts the repatriation processes with their ids and the two states as variables (never
 * personal data). The operation id is the business key of all of them, so that the task list's
 * case filter and case visibility work for every person and transfer of the operation.
 */
@Component
class RepatriationProcesses {

    private final RuntimeService runtime;
    private final CommandExecutor commands;
    private final String verificationSla;

    RepatriationProcesses(
            RuntimeService runtime,
            ProcessEngineConfigurationImpl engine,
            @Value("${comity.repatriation.verification-sla:P15D}") String verificationSla) {
        this.runtime = runtime;
        this.commands = engine.getCommandExecutorTxRequired();
        if (!verificationSla.matches("P(\\d+[YMWD])*(T(\\d+[HMS])+)?") || verificationSla.equals("P")) {
            throw new IllegalArgumentException("comity.repatriation.verification-sla must be an ISO-8601 duration");
        }
        this.verificationSla = verificationSla;
    }

    String startOperation(Operation op) {
        return runtime.startProcessInstanceByKey(OPERATION_PROCESS, op.id().toString(), states(op))
                .getId();
    }

    /**
     * Starts one person process per person, in the caller's transaction; person id to instance id.
     * The starts run inside one engine command, so the engine flushes the whole chunk once, its
     * inserts grouped by table into JDBC batches, instead of once per start: on PostgreSQL that
     * turns some twenty round trips per person into some twenty per chunk (BENCHMARK-repatriation.md).
     */
    Map<UUID, String> startPersons(Operation op, List<UUID> persons) {
        return commands.execute(context -> {
            Map<UUID, String> started = new LinkedHashMap<>();
            for (UUID person : persons) {
                VariableMap variables = states(op)
                        .putValue(VAR_PERSON_ID, person.toString())
                        .putValue(VAR_VERIFICATION_SLA, verificationSla);
                started.put(
                        person,
                        runtime.startProcessInstanceByKey(
                                        PERSON_PROCESS, op.id().toString(), variables)
                                .getId());
            }
            return started;
        });
    }

    String startHandover(Operation op, UUID transferId) {
        return runtime.startProcessInstanceByKey(
                        HANDOVER_PROCESS,
                        op.id().toString(),
                        states(op).putValue(VAR_TRANSFER_ID, transferId.toString()))
                .getId();
    }

    private static VariableMap states(Operation op) {
        return Variables.createVariables()
                .putValue(VAR_HOLDING_STATE, op.holdingState())
                .putValue(VAR_RECEIVING_STATE, op.receivingState());
    }
}
