package org.comity.bpmn.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.comity.core.extradition.decision.EligibilityInput;
import org.comity.core.extradition.decision.ExtraditionDecisions;
import org.comity.core.extradition.decision.ExtraditionDecisions.AssuranceRouting;
import org.comity.core.extradition.decision.ExtraditionDecisions.Eligibility;
import org.comity.core.extradition.decision.ExtraditionDecisions.ProvisionalArrestWindow;
import org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds;
import org.comity.core.extradition.decision.RefusalGroundsInput;
import org.comity.core.extradition.request.LegalBases;
import org.comity.core.law.Penalty;
import org.comity.core.mla.decision.MlaDecisions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tables deploy to a process engine under their ids and evaluate there as they do on the
 * standalone DMN engine, so a business rule task can call them by key.
 */
class DecisionDeploymentTest {

    private static final List<String> DECISIONS = List.of(
            Eligibility.ID, RefusalGrounds.ID, ProvisionalArrestWindow.ID, MlaDecisions.ID, AssuranceRouting.ID);

    private static ProcessEngine engine;

    @BeforeAll
    static void deployTables() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:extradition-decisions;DB_CLOSE_DELAY=-1")
                .setJobExecutorActivate(false)
                .buildProcessEngine();
        var deployment = engine.getRepositoryService().createDeployment().name("extradition-decisions");
        DECISIONS.forEach(id -> deployment.addClasspathResource(ExtraditionDecisions.resource(id)));
        deployment.deploy();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void everyTableIsDeployedUnderItsId() {
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
                .extracting(DecisionDefinition::getKey)
                .containsExactlyInAnyOrderElementsOf(DECISIONS);
    }

    @Test
    void tablesEvaluateByKeyInTheEngine() {
        var decisions = engine.getDecisionService();

        Map<String, Object> eligibility = decisions
                .evaluateDecisionTableByKey(
                        Eligibility.ID,
                        EligibilityInput.prosecution(true, Penalty.months(12), Penalty.months(11), false)
                                .toVariables())
                .getSingleResult();
        List<Map<String, Object>> grounds = decisions
                .evaluateDecisionTableByKey(
                        RefusalGrounds.ID,
                        RefusalGroundsInput.noGroundsIn("CN")
                                .with(RefusalGrounds.NATIONAL_OF_REQUESTED_STATE, true)
                                .toVariables())
                .getResultList();
        Map<String, Object> window = decisions
                .evaluateDecisionTableByKey(
                        ProvisionalArrestWindow.ID,
                        Map.of(ProvisionalArrestWindow.LEGAL_BASIS_ID, LegalBases.CN_EXTRADITION_LAW_2000_ID))
                .getSingleResult();

        assertThat(eligibility)
                .containsEntry(Eligibility.ELIGIBLE, false)
                .containsEntry(Eligibility.GROUND_CODE, "COND");
        assertThat(grounds)
                .singleElement()
                .satisfies(ground -> assertThat(ground)
                        .containsEntry(RefusalGrounds.GROUND_CODE, "NAT")
                        .containsEntry(RefusalGrounds.MANDATORY, true));
        Map<String, Object> route = decisions
                .evaluateDecisionTableByKey(
                        AssuranceRouting.ID,
                        Map.of(
                                AssuranceRouting.REQUESTING_STATE,
                                "CN",
                                AssuranceRouting.ASSURANCE_KIND,
                                "DEATH_PENALTY"))
                .getSingleResult();
        assertThat(route).containsEntry(AssuranceRouting.DECIDING_AUTHORITY, "CN_SPC");
        assertThat(window)
                .containsEntry(ProvisionalArrestWindow.WINDOW, "P30D")
                .containsEntry(ProvisionalArrestWindow.EXTENSION, "P15D");
    }
}
