package org.comity.core.task;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.comity.core.identity.Role;
import org.springframework.stereotype.Service;

/**
 * The kinds of user task a role works on, read from the deployed models (the latest version of
 * each process), so that officers choose "Verify nationality" from a list instead of typing
 * {@code Task_VerifyNationality}. A user task is the role's when one of its candidate groups ends
 * with the role's suffix, e.g. {@code ${receivingState}-officer}. A models' tasks are read once per
 * deployed definition.
 */
@Service
public class TaskKinds {

    private final RepositoryService repository;
    private final Map<String, List<TaskKind>> byDefinition = new ConcurrentHashMap<>();

    TaskKinds(RepositoryService repository) {
        this.repository = repository;
    }

    /** The role's kinds of task, each once (the first model that has it names its form). */
    public List<TaskKind> of(Role role) {
        String suffix = "-" + role.name().toLowerCase(Locale.ROOT);
        Map<String, TaskKind> kinds = new LinkedHashMap<>();
        for (ProcessDefinition definition : repository
                .createProcessDefinitionQuery()
                .latestVersion()
                .orderByProcessDefinitionKey()
                .asc()
                .list()) {
            byDefinition.computeIfAbsent(definition.getId(), this::read).stream()
                    .filter(kind -> kind.groups().stream().anyMatch(g -> g.endsWith(suffix)))
                    .forEach(kind -> kinds.putIfAbsent(kind.taskKey(), kind));
        }
        return List.copyOf(kinds.values());
    }

    private List<TaskKind> read(String definitionId) {
        return repository.getBpmnModelInstance(definitionId).getModelElementsByType(UserTask.class).stream()
                .filter(task -> task.getCamundaCandidateGroups() != null)
                .map(task -> new TaskKind(
                        task.getId(),
                        task.getCamundaFormKey(),
                        Arrays.stream(task.getCamundaCandidateGroups().split(","))
                                .map(String::strip)
                                .toList()))
                .toList();
    }

    /**
     * A kind of user task.
     *
     * @param taskKey the element id, e.g. {@code Task_VerifyNationality}
     * @param formKey the form its tasks show
     * @param groups its candidate groups as modelled (expressions included)
     */
    public record TaskKind(String taskKey, String formKey, List<String> groups) {}
}
