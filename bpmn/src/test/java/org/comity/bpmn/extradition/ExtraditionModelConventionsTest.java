package org.comity.bpmn.extradition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.comity.core.extradition.ExtraditionProcesses.Requested;
import org.comity.core.extradition.ExtraditionProcesses.Requesting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conventions of CONVENTIONS.md rule 3, checked on both extradition models. */
class ExtraditionModelConventionsTest {

    @ParameterizedTest
    @ValueSource(strings = {Requesting.PROCESS_ID, Requested.PROCESS_ID})
    void followsTheModelConventions(String processId) {
        BpmnModelInstance model = read(processId);
        Process process = model.getModelElementById(processId);
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
        assertThat(nodes)
                .extracting(BaseElement::getId)
                .allMatch(
                        id -> id.matches(
                                "(StartEvent|EndEvent|Task|ServiceTask|BusinessRuleTask|Gateway|Event|Timer)_[A-Z][A-Za-z0-9]+"));
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormKey()).as(task.getId()).startsWith("Extradition");
            assertThat(task.getCamundaCandidateGroups())
                    .as(task.getId())
                    .matches("\\$\\{(requestingState|requestedState)}-(officer|supervisor)");
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-z][A-Za-z]+}");
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-z][A-Za-z]+}");
            assertThat(task.isCamundaAsyncBefore()).as(task.getId()).isTrue();
        }
        model.getModelElementsByType(ServiceTask.class).stream()
                .filter(task -> task.getId().startsWith("ServiceTask_Issue")
                        || task.getId().startsWith("ServiceTask_Request")
                        || task.getId().equals("ServiceTask_PreCheck"))
                .forEach(task ->
                        assertThat(task.isCamundaAsyncBefore()).as(task.getId()).isTrue());
        for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
            assertThat(definition.getMessage().getId())
                    .isEqualTo("Message_" + definition.getMessage().getName());
        }
        assertThat(model.getModelElementsByType(BpmnShape.class)).hasSize(nodes.size());
    }

    /** The case status follows every end of either side (an end listener of ExtraditionDelegates). */
    @ParameterizedTest
    @ValueSource(strings = {Requesting.PROCESS_ID, Requested.PROCESS_ID})
    void everyEndEventSetsTheCaseStatus(String processId) {
        for (EndEvent end : read(processId).getModelElementsByType(EndEvent.class)) {
            assertThat(end.getExtensionElements()
                            .getElementsQuery()
                            .filterByType(CamundaExecutionListener.class)
                            .list())
                    .as(end.getId())
                    .singleElement()
                    .satisfies(listener -> {
                        assertThat(listener.getCamundaEvent()).isEqualTo("end");
                        assertThat(listener.getCamundaDelegateExpression())
                                .matches("\\$\\{extradition[A-Za-z]+Ended[A-Za-z]+}");
                    });
        }
    }

    static BpmnModelInstance read(String processId) {
        String file =
                "bpmn/" + processId.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase() + ".bpmn";
        try (InputStream in =
                ExtraditionModelConventionsTest.class.getClassLoader().getResourceAsStream(file)) {
            return Bpmn.readModelFromStream(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
