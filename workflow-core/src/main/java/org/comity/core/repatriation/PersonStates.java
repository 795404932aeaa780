package org.comity.core.repatriation;

import static org.comity.core.repatriation.RepatriationModel.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/** Reads, in pages, what the engine knows of persons' processes for {@link HandoverReadiness}. */
@Component
public class PersonStates {

    private static final int PAGE = 500;

    private final RuntimeService runtime;

    PersonStates(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Process instance id to state, for the given process instances of the operation. */
    Map<String, HandoverReadiness.PersonState> of(String operationId, List<String> processInstanceIds) {
        Set<String> waiting = new HashSet<>();
        var query = runtime.createExecutionQuery()
                .processInstanceBusinessKey(operationId)
                .messageEventSubscriptionName(MESSAGE_PERSON_HANDED_OVER);
        for (int first = 0; ; first += PAGE) {
            List<Execution> page = query.listPage(first, PAGE);
            page.forEach(e -> waiting.add(e.getProcessInstanceId()));
            if (page.size() < PAGE) {
                break;
            }
        }
        Map<String, Map<String, Object>> variables = new HashMap<>();
        for (List<String> chunk : RepatriationPersons.chunks(processInstanceIds)) {
            List<VariableInstance> found = runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(chunk.toArray(String[]::new))
                    .variableNameIn(VAR_NATIONALITY_VERIFICATION, VAR_TRAVEL_DOCUMENT_EXPIRY)
                    .disableBinaryFetching()
                    .listPage(0, chunk.size() * 2);
            found.forEach(v -> variables
                    .computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                    .put(v.getName(), v.getValue()));
        }
        Map<String, HandoverReadiness.PersonState> states = new HashMap<>();
        for (String id : processInstanceIds) {
            Map<String, Object> v = variables.getOrDefault(id, Map.of());
            states.put(
                    id,
                    new HandoverReadiness.PersonState(
                            waiting.contains(id), (String) v.get(VAR_NATIONALITY_VERIFICATION), (String)
                                    v.get(VAR_TRAVEL_DOCUMENT_EXPIRY)));
        }
        return states;
    }

    /**
     * What a manifest prints of each running person process: the outcome of the nationality
     * verification and of the trafficking-victim screening, by process instance id (options only,
     * never personal data).
     */
    public Map<String, ManifestFacts> manifestFacts(List<String> processInstanceIds) {
        Map<String, Map<String, Object>> variables = new HashMap<>();
        for (List<String> chunk : RepatriationPersons.chunks(processInstanceIds)) {
            runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(chunk.toArray(String[]::new))
                    .variableNameIn(VAR_NATIONALITY_VERIFICATION, VAR_TRAFFICKING_SCREENING)
                    .disableBinaryFetching()
                    .listPage(0, chunk.size() * 2)
                    .forEach(v -> variables
                            .computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                            .put(v.getName(), v.getValue()));
        }
        Map<String, ManifestFacts> facts = new HashMap<>();
        for (String id : processInstanceIds) {
            Map<String, Object> v = variables.getOrDefault(id, Map.of());
            facts.put(id, new ManifestFacts((String) v.get(VAR_NATIONALITY_VERIFICATION), (String)
                    v.get(VAR_TRAFFICKING_SCREENING)));
        }
        return facts;
    }

    /** The verification and screening outcomes of one person ({@code null} where not recorded). */
    public record ManifestFacts(String nationalityVerification, String traffickingScreening) {}
}
