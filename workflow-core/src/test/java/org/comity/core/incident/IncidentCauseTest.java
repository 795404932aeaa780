package org.comity.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.comity.core.document.DocumentRenderingException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** The category of a failure is read from the stack trace Camunda kept; the summary never repeats it. */
class IncidentCauseTest {

    @Test
    void aRenderingFailureAnywhereInTheChainIsADocumentFailure() {
        Exception failure = new IllegalStateException(
                "wrapped", new DocumentRenderingException("Cannot render X for case Y", new IOException("no glyph")));
        assertThat(IncidentCause.of(trace(failure))).isEqualTo(IncidentCause.DOCUMENT_RENDERING);
    }

    @Test
    void aFailureWhileCorrelatingAMessageIsADeliveryFailure() {
        String trace = """
                org.camunda.bpm.engine.ProcessEngineException: Cannot start process instance
                \tat org.camunda.bpm.engine.impl.cmd.CorrelateStartMessageCmd.execute(CorrelateStartMessageCmd.java:60)
                \tat org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl.correlateStartMessage(MessageCorrelationBuilderImpl.java:300)
                """;
        assertThat(IncidentCause.of(trace)).isEqualTo(IncidentCause.MESSAGE_DELIVERY);
        assertThat(IncidentCause.of("org.camunda.bpm.engine.MismatchingMessageCorrelationException: no match"))
                .isEqualTo(IncidentCause.MESSAGE_DELIVERY);
    }

    @Test
    void sqlAndDataAccessFailuresAreDatabaseFailures() {
        assertThat(IncidentCause.of(trace(new RuntimeException(new SQLException("SELECT * FROM x: timeout")))))
                .isEqualTo(IncidentCause.DATABASE);
        assertThat(IncidentCause.of(trace(new DataIntegrityViolationException("duplicate key"))))
                .isEqualTo(IncidentCause.DATABASE);
    }

    @Test
    void missingOrUnreadableValuesAreDataFailures() {
        assertThat(IncidentCause.of(trace(new NullPointerException("warrant is null"))))
                .isEqualTo(IncidentCause.DATA);
        assertThat(IncidentCause.of("""
                org.camunda.bpm.engine.ProcessEngineException: Unknown property used in expression: ${x}
                Caused by: org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException: Cannot resolve identifier 'x'
                """)).isEqualTo(IncidentCause.DATA);
    }

    @Test
    void anythingElseOrNoTraceIsUnexpected() {
        assertThat(IncidentCause.of(trace(new UnsupportedOperationException("not supported by the step"))))
                .isEqualTo(IncidentCause.UNEXPECTED);
        assertThat(IncidentCause.of(null)).isEqualTo(IncidentCause.UNEXPECTED);
        assertThat(IncidentCause.of("  ")).isEqualTo(IncidentCause.UNEXPECTED);
    }

    @Test
    void summariesAreFixedTextInBothLanguagesWithoutTechnicalTerms() {
        for (IncidentCause cause : IncidentCause.values()) {
            assertThat(cause.summary().en())
                    .isNotBlank()
                    .doesNotContain("Exception")
                    .doesNotContain("SQL");
            assertThat(cause.summary().zh()).isNotBlank().doesNotContain("Exception");
        }
    }

    private static String trace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
