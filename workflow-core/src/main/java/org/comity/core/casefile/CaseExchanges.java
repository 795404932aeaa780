package org.comity.core.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.springframework.stereotype.Component;

/**
 * The messages that went between the two states' processes of a case, read from the engine's
 * history: each message throw event passed is one message, named as the model names it (e.g.
 * {@code ExtraditionRequestReceived}, {@code ExtraditionDecided}). This is what both parties may know
 * of each other's work (DESIGN.md §7), so it is shown to both, unlike the stages it came from.
 */
@Component
class CaseExchanges {

    private static final List<String> THROW_TYPES = List.of("intermediateMessageThrowEvent", "messageEndEvent");

    private final HistoryService history;
    private final RepositoryService repository;
    private final Map<String, Optional<String>> messageOfActivity = new ConcurrentHashMap<>();

    private final CaseKinds kinds;

    CaseExchanges(HistoryService history, RepositoryService repository, CaseKinds kinds) {
        this.history = history;
        this.repository = repository;
        this.kinds = kinds;
    }

    /** The messages sent by the one-sided processes among {@code instances}, oldest first. */
    List<CaseExchange> of(CaseFile file, List<HistoricProcessInstance> instances) {
        List<CaseExchange> exchanges = new ArrayList<>();
        for (HistoricProcessInstance instance : instances) {
            CaseParty party = kinds.partyOf(instance.getProcessDefinitionKey());
            if (party == CaseParty.JOINT) {
                continue;
            }
            String from = party.jurisdiction(file);
            String to = from.equals(file.requesting()) ? file.requested() : file.requesting();
            for (String type : THROW_TYPES) {
                for (HistoricActivityInstance event : history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId())
                        .activityType(type)
                        .finished()
                        .list()) {
                    message(instance.getProcessDefinitionId(), event.getActivityId())
                            .ifPresent(message -> exchanges.add(
                                    new CaseExchange(event.getEndTime().toInstant(), from, to, message)));
                }
            }
        }
        exchanges.sort(Comparator.comparing(CaseExchange::at));
        return exchanges;
    }

    private Optional<String> message(String processDefinitionId, String activityId) {
        return messageOfActivity.computeIfAbsent(processDefinitionId + "#" + activityId, key -> {
            if (!(repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId)
                    instanceof ThrowEvent event)) {
                return Optional.empty();
            }
            return event.getEventDefinitions().stream()
                    .filter(MessageEventDefinition.class::isInstance)
                    .map(d -> ((MessageEventDefinition) d).getMessage())
                    .filter(m -> m != null)
                    .map(Message::getName)
                    .findFirst();
        });
    }
}
