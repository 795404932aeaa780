package org.comity.web.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The hardening of reliability-and-security.md §5.1, asserted on the running engine. */
class EngineHardeningIT extends WebIT {

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Autowired
    RepositoryService repository;

    @Test
    void hasNoAdministratorOrAnyCamundaUser() {
        assertThat(engine.getIdentityService().createUserQuery().count()).isZero();
        assertThat(engine.getIdentityService()
                        .createGroupQuery()
                        .groupId("camunda-admin")
                        .count())
                .isZero();
    }

    @Test
    void refusesJavaSerializationAndValidatesDeserializedTypes() {
        assertThat(engine.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(engine.isDeserializationTypeValidationEnabled()).isTrue();
    }

    @Test
    void disablesXxeAndExpressionsInQueries() {
        assertThat(engine.isEnableXxeProcessing()).isFalse();
        assertThat(engine.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(engine.isEnableExpressionsInStoredQueries()).isFalse();
    }

    @Test
    void keepsFullHistoryWithATimeToLiveOnEveryProcess() {
        assertThat(engine.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
        assertThat(engine.isEnforceHistoryTimeToLive()).isTrue();
        for (ProcessDefinition definition :
                repository.createProcessDefinitionQuery().list()) {
            assertThat(definition.getHistoryTimeToLive())
                    .as(definition.getKey())
                    .isNotNull()
                    .isPositive();
        }
    }

    @Test
    void runsWithoutCmmnAndWithBoundedQueriesAndStatements() {
        assertThat(engine.isCmmnEnabled()).isFalse();
        assertThat(engine.getQueryMaxResultsLimit()).isEqualTo(1000);
        assertThat(engine.getJdbcStatementTimeout()).isEqualTo(30);
        assertThat(engine.getFailedJobRetryTimeCycle()).isEqualTo("R5/PT5M");
        assertThat(engine.isConfigureScriptEngineHostAccess()).isFalse();
        assertThat(engine.isEnableScriptEngineLoadExternalResources()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript", "js", "graal.js", "nashorn", "groovy", "python", "jython", "ruby", "kotlin"})
    void hasNoGeneralPurposeScriptEngineOnTheClasspath(String language) {
        // only the expression languages FEEL (DMN) and JUEL (our own models) register themselves
        assertThat(new ScriptEngineManager().getEngineByName(language)).isNull();
    }

    @Test
    void refusesToDeployAModelWithAScriptTask() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("ScriptingProcess")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .scriptTask()
                .scriptFormat("javascript")
                .scriptText("java.lang.Runtime.getRuntime()")
                .endEvent()
                .done();
        assertThatThrownBy(() -> repository
                        .createDeployment()
                        .addModelInstance("scripting.bpmn", model)
                        .deploy())
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("script");
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("ScriptingProcess")
                        .count())
                .isZero();
    }

    @Test
    void refusesToDeployAModelWithAScriptListener() {
        String model = """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
                  <bpmn:process id="ListenerScriptProcess" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="StartEvent_S">
                      <bpmn:extensionElements>
                        <camunda:executionListener event="start">
                          <camunda:script scriptFormat="groovy">1 + 1</camunda:script>
                        </camunda:executionListener>
                      </bpmn:extensionElements>
                    </bpmn:startEvent>
                  </bpmn:process>
                </bpmn:definitions>""";
        assertThatThrownBy(() -> repository
                        .createDeployment()
                        .addString("listener.bpmn", model)
                        .deploy())
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("script");
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("ListenerScriptProcess")
                        .count())
                .isZero();
    }
}
