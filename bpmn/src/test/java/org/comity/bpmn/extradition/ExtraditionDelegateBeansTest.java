package org.comity.bpmn.extradition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.comity.core.extradition.ExtraditionProcesses.Beans;
import org.comity.core.extradition.ExtraditionProcesses.Requested;
import org.comity.core.extradition.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.delegate.ExtraditionDelegates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Every delegate expression of the two extradition models names a bean of
 * {@link ExtraditionDelegates}, and each bean serves exactly one model element: no bean decides what
 * to do by the activity it runs in. No other component of extradition takes one of those names.
 */
class ExtraditionDelegateBeansTest {

    @Test
    void everyServiceTaskEventAndEndListenerNamesItsOwnExistingBean() {
        List<String> expressions = new ArrayList<>();
        for (String processId : List.of(Requesting.PROCESS_ID, Requested.PROCESS_ID)) {
            expressions.addAll(delegateExpressions(ExtraditionModelConventionsTest.read(processId)));
        }
        List<String> named = expressions.stream()
                .map(e -> e.replaceAll("^\\$\\{(\\w+)}$", "$1"))
                .toList();

        assertThat(named)
                .as("bean names in the models")
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(beansOfTheDelegates()).as(name).contains(name));
        assertThat(beansOfTheDelegates()).as("beans no model uses").containsExactlyInAnyOrderElementsOf(named);
    }

    @Test
    void theBeanNamesAreTheConstantsOfTheModel() {
        Set<String> constants = Arrays.stream(Beans.class.getFields())
                .map(ExtraditionDelegateBeansTest::value)
                .collect(Collectors.toSet());
        assertThat(beansOfTheDelegates()).containsExactlyInAnyOrderElementsOf(constants);
    }

    /** A component named like a delegate would keep the application from starting (no bean overriding). */
    @Test
    void noComponentOfExtraditionTakesTheNameOfADelegate() {
        AnnotationBeanNameGenerator names = new AnnotationBeanNameGenerator();
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        List<String> components = new ClassPathScanningCandidateComponentProvider(true)
                .findCandidateComponents("org.comity.core.extradition").stream()
                        .filter(definition ->
                                !ExtraditionDelegates.class.getName().equals(definition.getBeanClassName()))
                        .map(definition -> names.generateBeanName(definition, registry))
                        .toList();
        assertThat(components).isNotEmpty().doesNotContainAnyElementsOf(beansOfTheDelegates());
    }

    private static List<String> delegateExpressions(BpmnModelInstance model) {
        return Stream.of(
                        model.getModelElementsByType(ServiceTask.class).stream()
                                .map(ServiceTask::getCamundaDelegateExpression),
                        model.getModelElementsByType(BusinessRuleTask.class).stream()
                                .map(BusinessRuleTask::getCamundaDelegateExpression),
                        model.getModelElementsByType(MessageEventDefinition.class).stream()
                                .map(MessageEventDefinition::getCamundaDelegateExpression),
                        model.getModelElementsByType(CamundaExecutionListener.class).stream()
                                .map(CamundaExecutionListener::getCamundaDelegateExpression))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .toList();
    }

    private static List<String> beansOfTheDelegates() {
        return Arrays.stream(ExtraditionDelegates.class.getDeclaredMethods())
                .map(m -> m.getAnnotation(Bean.class))
                .filter(Objects::nonNull)
                .flatMap(bean -> Arrays.stream(bean.value()))
                .toList();
    }

    private static String value(java.lang.reflect.Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
