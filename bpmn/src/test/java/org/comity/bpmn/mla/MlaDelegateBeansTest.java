package org.comity.bpmn.mla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.comity.core.mla.MlaMessages;
import org.comity.core.mla.MlaOutgoing;
import org.comity.core.mla.MlaProcesses.Requested;
import org.comity.core.mla.MlaProcesses.Requesting;
import org.comity.core.mla.delegate.MlaDelegates;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.annotation.Bean;

/**
 * Every element of the two MLA models that calls a delegate names a bean {@link MlaDelegates}
 * declares, each bean serves exactly one element, and no declared bean is left unused: a bean is a
 * step, so it never needs to ask the engine where it runs.
 */
class MlaDelegateBeansTest {

    private static final String DELEGATE_EXPRESSION = "delegateExpression";
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    @Test
    void everyDelegateOfTheModelsIsABeanOfItsOwn() {
        Map<String, List<String>> elementsByBean = elementsByBean();
        Set<String> declared = declaredBeans();

        assertThat(elementsByBean).as("beans named by the models").isNotEmpty();
        assertThat(declared).as("beans the models call").containsAll(elementsByBean.keySet());
        assertThat(elementsByBean)
                .as("elements per bean")
                .allSatisfy((bean, elements) -> assertThat(elements).as(bean).hasSize(1));
        assertThat(elementsByBean.keySet())
                .as("declared beans are all called")
                .containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void eachMessageBeanSendsItsOwnMessage() {
        assertThat(Arrays.stream(MlaOutgoing.values()).map(MlaOutgoing::bean))
                .doesNotHaveDuplicates()
                .allMatch(declaredBeans()::contains);
        assertThat(Arrays.stream(MlaOutgoing.values()).map(MlaOutgoing::message))
                .doesNotHaveDuplicates();
    }

    @Test
    void eachMessageBeanPassesTheMessageOfItsOwnEvent() throws Exception {
        for (Method method : MlaDelegates.class.getDeclaredMethods()) {
            if (!method.isAnnotationPresent(Bean.class) || method.getParameterTypes()[0] != MlaMessages.class) {
                continue;
            }
            MlaMessages messages = mock(MlaMessages.class);
            DelegateExecution execution = mock(DelegateExecution.class);
            ((JavaDelegate) method.invoke(new MlaDelegates(), messages)).execute(execution);
            ArgumentCaptor<MlaOutgoing> sent = ArgumentCaptor.forClass(MlaOutgoing.class);
            verify(messages).send(eq(execution), sent.capture());
            assertThat(sent.getValue().bean()).as(method.getName()).isEqualTo(beanName(method));
        }
    }

    /** Bean name → the ids of the elements (with their process) whose delegate expression names it. */
    private static Map<String, List<String>> elementsByBean() {
        Map<String, List<String>> byBean = new LinkedHashMap<>();
        for (String processId : List.of(Requesting.PROCESS_ID, Requested.PROCESS_ID)) {
            for (BaseElement element : read(processId).getModelElementsByType(BaseElement.class)) {
                String expression = element.getAttributeValueNs(CAMUNDA_NS, DELEGATE_EXPRESSION);
                if (expression != null) {
                    assertThat(expression).as(element.getId()).matches("\\$\\{[A-Za-z]+}");
                    byBean.computeIfAbsent(expression.substring(2, expression.length() - 1), b -> new ArrayList<>())
                            .add(processId + "/" + element.getId());
                }
            }
        }
        return byBean;
    }

    private static Set<String> declaredBeans() {
        return Arrays.stream(MlaDelegates.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Bean.class))
                .map(MlaDelegateBeansTest::beanName)
                .collect(Collectors.toSet());
    }

    private static String beanName(Method method) {
        String[] names = method.getAnnotation(Bean.class).value();
        return names.length == 0 ? method.getName() : names[0];
    }

    private static BpmnModelInstance read(String processId) {
        String file =
                "bpmn/" + processId.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase() + ".bpmn";
        try (InputStream in = MlaDelegateBeansTest.class.getClassLoader().getResourceAsStream(file)) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
