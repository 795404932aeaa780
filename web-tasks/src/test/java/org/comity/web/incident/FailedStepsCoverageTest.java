package org.comity.web.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every step of every deployed model where a job can fail has a name for people in English and
 * Chinese ({@code incident/failed-steps.properties}): service and business-rule tasks, message throw
 * events, asynchronous steps, timers, and the user tasks a timer opens (directly or through a
 * gateway). A new step without a name would show on a stopped case as the model's English name only.
 */
class FailedStepsCoverageTest {

    @Test
    void everyStepWhereAJobCanFailIsNamedInBothLanguages() throws IOException {
        Properties names = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/incident/failed-steps.properties")) {
            names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn");
        assertThat(models).hasSizeGreaterThanOrEqualTo(8);
        Set<String> unnamed = new TreeSet<>();
        int sites = 0;
        for (Resource model : models) {
            try (InputStream in = model.getInputStream()) {
                for (String id : failureSites(Bpmn.readModelFromStream(in))) {
                    sites++;
                    if (!names.containsKey(id + ".en") || !names.containsKey(id + ".zh")) {
                        unnamed.add(model.getFilename() + ": " + id);
                    }
                }
            }
        }
        assertThat(sites).as("failure sites found in the models").isGreaterThan(50);
        assertThat(unnamed).isEmpty();
    }

    private static List<String> failureSites(BpmnModelInstance model) {
        List<String> sites = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            boolean timer = node instanceof CatchEvent event
                    && !event.getChildElementsByType(TimerEventDefinition.class).isEmpty();
            if (node instanceof ServiceTask
                    || node instanceof BusinessRuleTask
                    || node instanceof SendTask
                    || node instanceof IntermediateThrowEvent
                    || node.isCamundaAsyncBefore()
                    || timer) {
                sites.add(node.getId());
            }
            if (timer) {
                tasksOpenedFrom(node, sites);
            }
        }
        return sites;
    }

    private static void tasksOpenedFrom(FlowNode timer, List<String> sites) {
        for (SequenceFlow flow : timer.getOutgoing()) {
            FlowNode next = flow.getTarget();
            if (next instanceof UserTask) {
                sites.add(next.getId());
            } else if (next instanceof Gateway) {
                next.getOutgoing().stream()
                        .map(SequenceFlow::getTarget)
                        .filter(UserTask.class::isInstance)
                        .forEach(task -> sites.add(task.getId()));
            }
        }
    }
}
