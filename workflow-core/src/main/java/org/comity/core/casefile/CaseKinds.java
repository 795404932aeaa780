package org.comity.core.casefile;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The registered {@link CaseKind}s, one per {@link CaseType}: the case view and page ask here for a
 * case's procedure instead of naming procedures. A type without a kind, two kinds for one type or
 * one process key claimed by two kinds stop the application at start.
 */
@Component
public class CaseKinds {

    private final Map<CaseType, CaseKind> byType = new EnumMap<>(CaseType.class);
    private final Map<String, CaseParty> partyOfProcess = new HashMap<>();
    private final Map<String, CaseParty> partyOfJointStep = new HashMap<>();

    public CaseKinds(List<CaseKind> kinds) {
        for (CaseKind kind : kinds) {
            if (byType.put(kind.type(), kind) != null) {
                throw new IllegalStateException("Two case kinds for " + kind.type());
            }
            kind.processes().forEach((key, party) -> {
                if (partyOfProcess.put(key, party) != null) {
                    throw new IllegalStateException("Process " + key + " belongs to two case kinds");
                }
            });
            partyOfJointStep.putAll(kind.jointStepsOfOneParty());
        }
        for (CaseType type : CaseType.values()) {
            if (!byType.containsKey(type)) {
                throw new IllegalStateException("No case kind for " + type);
            }
        }
    }

    /** The kind of cases of this type. */
    public CaseKind of(CaseType type) {
        return byType.get(type);
    }

    /**
     * The party of a process definition key. A process no kind declares (a test's platform process)
     * is treated as joint: its open tasks and stages are still shown only to the state whose
     * candidate groups they carry.
     */
    public CaseParty partyOf(String processDefinitionKey) {
        return partyOfProcess.getOrDefault(processDefinitionKey, CaseParty.JOINT);
    }

    /**
     * Whose step an element of a process is: a one-sided process's party, or for a joint process the
     * party that performs the step alone ({@link CaseKind#jointStepsOfOneParty}), otherwise joint.
     */
    public CaseParty partyOf(String processDefinitionKey, String elementId) {
        CaseParty party = partyOf(processDefinitionKey);
        if (party != CaseParty.JOINT || elementId == null) {
            return party;
        }
        return partyOfJointStep.getOrDefault(elementId, CaseParty.JOINT);
    }

    /** Every process key a kind declares, with its party. */
    public Map<String, CaseParty> processes() {
        return Map.copyOf(partyOfProcess);
    }

    /** The kind whose process this is, if any. */
    public Optional<CaseKind> ofProcess(String processDefinitionKey) {
        return byType.values().stream()
                .filter(k -> k.processes().containsKey(processDefinitionKey))
                .findFirst();
    }
}
