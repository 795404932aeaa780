package org.comity.core.task;

import java.util.ArrayList;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Attaches Comity's built-in listeners to every user task of every model as it is parsed, so that
 * no model has to name them (and none can forget them): the due date from the task's timer and the
 * task-list read model are kept this way.
 */
final class UserTaskListeners {

    private UserTaskListeners() {}

    /** Lets {@code attach} add built-in listeners to each user task's definition during parsing. */
    static void onEveryUserTask(ProcessEngineConfigurationImpl configuration, Consumer<TaskDefinition> attach) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    attach.accept(userTask.getTaskDefinition());
                }
            }
        });
    }
}
