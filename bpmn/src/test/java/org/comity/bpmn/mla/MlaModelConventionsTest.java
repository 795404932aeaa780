package org.comity.bpmn.mla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.comity.core.mla.MlaProcesses.Messages;
import org.comity.core.mla.MlaProcesses.Requested;
import org.comity.core.mla.MlaProcesses.Requesting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conventions of CONVENTIONS.md rule 3 and DESIGN §4, checked on both MLA models. */
class MlaModelConventionsTest {

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
                                "(StartEvent|EndEvent|Task|ServiceTask|BusinessRuleTask|Gateway|Event|Timer|SubProcess)_[A-Z][A-Za-z0-9]+"));
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormKey()).as(task.getId()).matches("Mla[A-Z][A-Za-z]+");
            assertThat(task.getCamundaCandidateGroups())
                    .as(task.getId())
                    .matches("\\$\\{(requestingState|requestedState)}-(officer|supervisor)");
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{mla[A-Z][A-Za-z]+}");
            assertThat(task.isCamundaAsyncBefore()).as(task.getId()).isTrue();
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{mla[A-Z][A-Za-z]+}");
            assertThat(task.isCamundaAsyncBefore()).as(task.getId()).isTrue();
        }
        for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
            assertThat(definition.getMessage().getId())
                    .isEqualTo("Message_" + definition.getMessage().getName());
            assertThat(definition.getMessage().getName()).startsWith("Mla");
        }
        assertThat(model.getModelElementsByType(BpmnShape.class)).hasSize(nodes.size());
        assertThat(model.getModelElementsByType(BpmnEdge.class))
                .hasSize(model.getModelElementsByType(SequenceFlow.class).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {Requesting.PROCESS_ID, Requested.PROCESS_ID})
    void usesOnlyTheDeclaredMessageNames(String processId) throws IllegalAccessException {
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (java.lang.reflect.Field field : Messages.class.getFields()) {
            declared.add((String) field.get(null));
        }
        assertThat(read(processId).getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class))
                .extracting(org.camunda.bpm.model.bpmn.instance.Message::getName)
                .allMatch(declared::contains);
    }

    private static BpmnModelInstance read(String processId) {
        String file =
                "bpmn/" + processId.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase() + ".bpmn";
        try (InputStream in = MlaModelConventionsTest.class.getClassLoader().getResourceAsStream(file)) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
