package org.comity.bpmn.repatriation;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * An in-memory engine for one process test class: H2 in memory, full history, no job executor
 * (tests execute jobs themselves), delegates resolved from {@code Mocks}, flow-node coverage
 * reported under {@code target/process-test-coverage} and required to reach 90% per class.
 */
final class RepatriationEngine {

    private RepatriationEngine() {}

    static ProcessEngineCoverageExtension extension(String name) {
        ProcessCoverageInMemProcessEngineConfiguration config = new ProcessCoverageInMemProcessEngineConfiguration();
        config.setProcessEngineName(name);
        config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
        config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        config.setJobExecutorActivate(false);
        config.setExpressionManager(new MockExpressionManager());
        config.setJavaSerializationFormatEnabled(false);
        return ProcessEngineCoverageExtension.builder(config)
                .assertClassCoverageAtLeast(0.9)
                .build();
    }
}
