package org.comity.web.mla;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.CaseScenario;
import org.comity.web.TestClock;

/**
 * Drives MLA cases through the HTTP API as the demo agencies and the four demo officers
 * ({@link CaseScenario}). Shared by the H2 and the PostgreSQL integration tests.
 */
final class MlaCaseScenario extends CaseScenario {

    /** SHA-256 of the two evidence files of the scenario. */
    static final String STATEMENT_DIGEST = sha256("KBZ Bank statement of account 0012-3344-55, 2025");

    static final String CALL_RECORDS_DIGEST = sha256("MPT call records of +95 9 123 456 789, 2025");

    MlaCaseScenario(int port, RuntimeService runtime, ManagementService management, DocumentArchive archive) {
        super(port, runtime, management, archive);
    }

    /** POST /api/v1/mla-requests with an Idempotency-Key. */
    Submitted submit(String caller, String key, Object body) {
        return submit("/api/v1/mla-requests", caller, key, body);
    }

    /** Submits the body as the agency and runs the pre-check; returns the case id. */
    String submitted(String agency, Map<String, Object> body) {
        Submitted created = submit(agency, "mla-" + UUID.randomUUID(), body);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/v1/cases/" + created.caseId());
        runJobs(created.caseId());
        return created.caseId();
    }

    /**
     * A whole case: China asks Myanmar for bank and telecom records; the Chinese supervisor approves,
     * Myanmar asks for more information and gets it, accepts, executes and reports two evidence
     * items; China acknowledges them and asks consent to use them in another case, which Myanmar's
     * supervisor gives with conditions. Each side sees only its own tasks at every step.
     */
    String executedWithConsentToFurtherUse() {
        String caseId = submitted("demo-cn-mps", MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords());
        assertThat(taskKeys("cn.supervisor", caseId)).containsExactly("Task_ReviewRequest");
        assertThat(taskKeys("cn.officer", caseId)).isEmpty();
        assertThat(taskKeys("mm.officer", caseId)).isEmpty();
        completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));

        assertThat(taskKeys("mm.officer", caseId)).containsExactly("Task_AssessRequest");
        assertThat(taskKeys("cn.officer", caseId)).isEmpty();
        completeOk(
                "mm.officer",
                caseId,
                "Task_AssessRequest",
                Map.of(
                        "decision",
                        "REQUEST_MORE_INFORMATION",
                        "missingInformation",
                        "The period of the statements and the branch address",
                        "replyWithinDays",
                        20));
        assertThat(taskKeys("cn.officer", caseId)).containsExactly("Task_ProvideMoreInformation");
        completeOk(
                "cn.officer",
                caseId,
                "Task_ProvideMoreInformation",
                Map.of("information", "January to December 2025; KBZ Bank, Myawaddy branch, Bayintnaung Road."));

        completeOk("mm.officer", caseId, "Task_AssessRequest", Map.of("decision", "ACCEPT"));
        assertThat(taskKeys("mm.officer", caseId)).containsExactly("Task_ExecuteRequest");
        completeOk(
                "mm.officer",
                caseId,
                "Task_ExecuteRequest",
                Map.of(
                        "outcome",
                        "EXECUTED",
                        "executedAt",
                        TestClock.nowUtc().minusHours(2).toString(),
                        "executingAuthority",
                        "Myanmar Police Force, Transnational Crime Department",
                        "measuresTaken",
                        "The bank and the operator produced the records under a court order.",
                        "evidenceItems",
                        "Statement of account 0012-3344-55, 2025 | KBZ Bank, Myawaddy branch | " + STATEMENT_DIGEST
                                + "\nCall records of +95 9 123 456 789 | MPT, Yangon | " + CALL_RECORDS_DIGEST));

        assertThat(taskKeys("cn.officer", caseId)).containsExactly("Task_AcknowledgeEvidence");
        completeOk(
                "cn.officer",
                caseId,
                "Task_AcknowledgeEvidence",
                Map.of(
                        "receivedOn",
                        TestClock.todayInChina().toString(),
                        "digestsMatch",
                        true,
                        "furtherUse",
                        "REQUEST_CONSENT",
                        "otherProceedings",
                        "Money-laundering case KM-2026-0077 against the same call centre"));
        assertThat(taskKeys("mm.supervisor", caseId)).containsExactly("Task_DecideOnFurtherUse");
        completeOk(
                "mm.supervisor",
                caseId,
                "Task_DecideOnFurtherUse",
                Map.of(
                        "furtherUseDecision",
                        "CONSENT_WITH_CONDITIONS",
                        "conditions",
                        "Only for case KM-2026-0077; not to be passed to third states."));
        return caseId;
    }

    static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
