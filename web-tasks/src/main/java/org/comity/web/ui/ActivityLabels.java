package org.comity.web.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.comity.core.form.FormDefinition;
import org.comity.core.form.FormRegistry;
import org.comity.core.form.FormText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names a process step for the reader in their language: a message {@code activity.<id>} if there
 * is one (events, gateways, service tasks, timers), else the title of the user task's form (the
 * same title the task list shows), else the name in the process model, else the id.
 */
@Component
class ActivityLabels {

    private final MessageSource messages;
    private final RepositoryService repository;
    private final FormRegistry forms;
    private volatile Models models;

    /** What the deployed models say of each element id: user tasks' form titles, and every step's name. */
    private record Models(Map<String, FormText> taskTitles, Map<String, String> names) {}

    ActivityLabels(MessageSource messages, RepositoryService repository, FormRegistry forms) {
        this.messages = messages;
        this.repository = repository;
        this.forms = forms;
    }

    String of(String activityId, String modelName, Locale locale) {
        String message = messages.getMessage("activity." + activityId, null, null, locale);
        if (message != null) {
            return message;
        }
        Models known = models();
        FormText title = known.taskTitles().get(activityId);
        if (title != null) {
            return title.in(locale);
        }
        String name = modelName != null && !modelName.isBlank()
                ? modelName
                : known.names().get(activityId);
        return name != null ? name : activityId;
    }

    /** Read once, from the latest version of every deployed process (deployments happen at start-up). */
    private Models models() {
        Models known = models;
        if (known == null) {
            Map<String, FormText> titles = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            for (ProcessDefinition definition :
                    repository.createProcessDefinitionQuery().latestVersion().list()) {
                BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
                for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                    if (node.getName() != null) {
                        names.putIfAbsent(node.getId(), node.getName());
                    }
                    if (node instanceof UserTask task && task.getCamundaFormKey() != null) {
                        forms.find(task.getCamundaFormKey())
                                .map(FormDefinition::schema)
                                .ifPresent(schema -> titles.putIfAbsent(task.getId(), schema.title()));
                    }
                }
            }
            known = new Models(Map.copyOf(titles), Map.copyOf(names));
            models = known;
        }
        return known;
    }
}
