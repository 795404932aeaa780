package org.comity.bpmn.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.comity.core.form.FormRegistry;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.core.routeconflict.RouteConflictModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The repatriation models follow CONVENTIONS.md rule 3: named element ids, a registered form and
 * a jurisdiction-and-role candidate group on every user task, asynchronous {@code ${bean}} service
 * tasks, a history time to live, a diagram shape for every node, and ids known as constants.
 */
class RepatriationModelConventionsTest {

    private static final Pattern ELEMENT_ID =
            Pattern.compile("(StartEvent|EndEvent|Task|Gateway|Event|Timer|Flow|Message)_[A-Z][A-Za-z]+");
    private static final Pattern GROUP = Pattern.compile("\\$\\{(holdingState|receivingState)}-(officer|supervisor)");
    private static final Set<String> BEANS = Set.of(
            RepatriationModel.BEAN_HANDOVER_RECORDER,
            RepatriationModel.BEAN_HANDOVER_MANIFEST,
            RepatriationModel.BEAN_PERSONS_HANDED_OVER,
            RepatriationModel.BEAN_HANDOVER_RECEIPT,
            RepatriationModel.BEAN_OPERATION_CLOSURE,
            RepatriationModel.BEAN_TRANSFER_CANCELLATION,
            RepatriationModel.BEAN_VICTIM_STATUS,
            RouteConflictModel.BEAN_ROUTE_DECISION);
    private static final FormRegistry FORMS = new FormRegistry();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "repatriation-operation-process",
                "repatriation-person-process",
                "handover-process",
                "route-decision-process"
            })
    void followsTheModelConventions(String file) {
        BpmnModelInstance model = read(file);
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        assertThat(kebab(process.getId())).isEqualTo(file);
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        Stream.concat(
                        model.getModelElementsByType(FlowNode.class).stream(),
                        model.getModelElementsByType(SequenceFlow.class).stream())
                .map(BaseElement::getId)
                .forEach(id -> assertThat(id).matches(ELEMENT_ID));
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(FORMS.find(task.getCamundaFormKey())).as(task.getId()).isPresent();
            assertThat(task.getCamundaCandidateGroups()).as(task.getId()).matches(GROUP);
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            boolean everyInstanceAsync = task.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop
                    && loop.isCamundaAsyncBefore();
            assertThat(task.isCamundaAsyncBefore() || everyInstanceAsync)
                    .as(task.getId())
                    .isTrue();
            assertThat(task.getCamundaDelegateExpression())
                    .as(task.getId())
                    .isIn(BEANS.stream().map(b -> "${" + b + "}").toList());
        }
        Set<String> shaped = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId())
                .collect(java.util.stream.Collectors.toSet());
        model.getModelElementsByType(FlowNode.class)
                .forEach(n -> assertThat(shaped).contains(n.getId()));
    }

    private static BpmnModelInstance read(String file) {
        InputStream in = RepatriationModelConventionsTest.class.getResourceAsStream("/bpmn/" + file + ".bpmn");
        return Bpmn.readModelFromStream(in);
    }

    private static String kebab(String id) {
        return id.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}
