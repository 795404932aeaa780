package org.comity.core.engine;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Refuses to deploy any BPMN model that contains a script: a script task, a {@code camunda:script}
 * in a listener or input/output mapping, or a condition written in a script language. Comity's
 * models call Spring beans only; with no script reachable, no text can ever become code (see
 * reliability-and-security.md §5.1). The JDK ships no script engine and the build adds none.
 */
@Component
public class ScriptFreeModels extends AbstractProcessEnginePlugin {

    private static final List<String> SCRIPT_ELEMENTS = List.of("scriptTask", "script");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                rejectScripts(process, definition.getKey());
            }
        });
    }

    static void rejectScripts(Element element, String processKey) {
        if (SCRIPT_ELEMENTS.contains(element.getTagName())
                || element.attribute("language") != null && "conditionExpression".equals(element.getTagName())) {
            throw new ProcessEngineException("Process " + processKey + " contains a script (<" + element.getTagName()
                    + ">); Comity deploys no scripts");
        }
        for (Element child : element.elements()) {
            rejectScripts(child, processKey);
        }
    }
}
