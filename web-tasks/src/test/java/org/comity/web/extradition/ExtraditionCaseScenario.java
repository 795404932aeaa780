package org.comity.web.extradition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.CaseScenario;
import org.comity.web.TestClock;

/**
 * Drives extradition cases through the HTTP API as the demo agencies and the four demo officers
 * ({@link CaseScenario}). Shared by the H2 and the PostgreSQL integration tests.
 */
public final class ExtraditionCaseScenario extends CaseScenario {

    public ExtraditionCaseScenario(
            int port, RuntimeService runtime, ManagementService management, DocumentArchive archive) {
        super(port, runtime, management, archive);
    }

    /** POST /api/v1/extraditions with an Idempotency-Key. */
    public Submitted submit(String token, String key, Object body) {
        return submit("/api/v1/extraditions", token, key, body);
    }

    /**
     * China asks Myanmar; Myanmar finds the request incomplete and asks for supplementary information:
     * China's officer has the task, due by the legal basis' time limit, and Myanmar's window runs. The
     * extradition request and the request for supplementary information are issued.
     */
    public String awaitingSupplementaryInformation() {
        Submitted created = submit(
                "demo-cn-mps",
                "scenario-" + UUID.randomUUID(),
                ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar());
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String caseId = created.caseId();
        runJobs(caseId);
        completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        completeOk(
                "mm.officer",
                caseId,
                "Task_CheckCompleteness",
                Map.of("completeness", "INCOMPLETE", "missingItems", "Certified copy of the arrest warrant"));
        assertThat(taskKeys("cn.officer", caseId)).containsExactly("Task_ProvideSupplementaryInformation");
        return caseId;
    }

    /**
     * A whole case: China asks Myanmar; Myanmar asks for supplementary information, gets it, the court
     * finds the person extraditable, the supervisor grants, the person is surrendered and received.
     * Each side sees only its own tasks at every step.
     */
    public String grantedAndSurrendered() {
        String caseId = grantedWithSurrenderAgreed(
                ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar(),
                TestClock.todayInMyanmar().plusDays(3));
        completeOk(
                "mm.officer",
                caseId,
                "Task_ExecuteSurrender",
                Map.of(
                        "surrenderedAt",
                        TestClock.nowUtc().minusMinutes(5).toString(),
                        "deliveringOfficers",
                        "Aung Aung, Ko Ko",
                        "receivingOfficers",
                        "Li Ming, Wang Fang",
                        "propertyHandedOver",
                        "One mobile phone"));
        completeOk(
                "cn.officer",
                caseId,
                "Task_ConfirmReceipt",
                Map.of("receivedOn", TestClock.todayInChina().toString(), "receivingAuthority", "Kunming PSB"));
        return caseId;
    }

    /**
     * China asks Myanmar with {@code body}; Myanmar asks for supplementary information, gets it, the
     * court finds the person extraditable, the supervisor grants and the surrender is agreed for
     * {@code agreedDate}. Each side sees only its own tasks at every step.
     */
    String grantedWithSurrenderAgreed(Map<String, Object> body, LocalDate agreedDate) {
        return decided(
                body,
                Map.of(
                        "ruling",
                        "EXTRADITABLE",
                        "court",
                        "Yangon Region High Court",
                        "rulingDate",
                        TestClock.todayInMyanmar().toString(),
                        "reasons",
                        "All conditions of extradition are met."),
                Map.of("decision", "GRANT", "reasons", "Extradition is granted."),
                Map.of(
                        "agreedDate",
                        agreedDate.toString(),
                        "place",
                        "Muse–Ruili border gate",
                        "escort",
                        "Two officers"));
    }

    /**
     * China asks Myanmar with {@code body}; Myanmar asks for supplementary information and gets it;
     * the court rules with {@code ruling}, the supervisor decides with {@code decision}, and when
     * granted the surrender is agreed with {@code surrender}. Each side sees only its own tasks.
     */
    String decided(Map<String, Object> body, Map<String, ?> ruling, Map<String, ?> decision, Map<String, ?> surrender) {
        Submitted created = submit("demo-cn-mps", "scenario-" + UUID.randomUUID(), body);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String caseId = created.caseId();
        assertThat(created.location()).isEqualTo("/api/v1/cases/" + caseId);
        runJobs(caseId);

        assertThat(taskKeys("cn.supervisor", caseId)).containsExactly("Task_ReviewRequest");
        assertThat(taskKeys("mm.supervisor", caseId)).isEmpty();
        completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));

        assertThat(taskKeys("mm.officer", caseId)).containsExactly("Task_CheckCompleteness");
        assertThat(taskKeys("cn.officer", caseId)).isEmpty();
        String mmTask = taskId("mm.officer", caseId, "Task_CheckCompleteness");
        assertThat(as("cn.officer").get("/api/v1/tasks/" + mmTask).status()).isEqualTo(404);
        completeOk(
                "mm.officer",
                caseId,
                "Task_CheckCompleteness",
                Map.of("completeness", "INCOMPLETE", "missingItems", "Certified copy of the arrest warrant"));

        assertThat(taskKeys("cn.officer", caseId)).containsExactly("Task_ProvideSupplementaryInformation");
        assertThat(taskKeys("mm.officer", caseId)).isEmpty();
        completeOk(
                "cn.officer",
                caseId,
                "Task_ProvideSupplementaryInformation",
                Map.of("information", "Certified copy of warrant KM-2026-0042 attached."));

        completeOk(
                "mm.officer",
                caseId,
                "Task_CheckCompleteness",
                Map.of("completeness", "COMPLETE", "dualCriminality", true, "maximumPenaltyInRequestedLawMonths", 120));
        completeOk("mm.officer", caseId, "Task_JudicialReview", ruling);
        assertThat(taskKeys("mm.officer", caseId)).isEmpty();
        completeOk("mm.supervisor", caseId, "Task_ExecutiveDecision", decision);
        if (!"REFUSE".equals(decision.get("decision"))) {
            completeOk("mm.officer", caseId, "Task_AgreeSurrender", surrender);
        }
        return caseId;
    }

    void assertDocumentsOfGrantedCase(String caseId, String reference) {
        Map<String, String> texts = documentTexts(caseId);
        assertThat(texts)
                .containsOnlyKeys(
                        "EXTRADITION_REQUEST",
                        "SUPPLEMENTARY_INFORMATION_REQUEST",
                        "EXTRADITION_DECISION",
                        "SURRENDER_RECORD");
        texts.forEach((type, text) -> assertThat(text)
                .as(type)
                .contains(reference)
                .contains("Zhang Wei")
                .contains("张伟"));
        assertThat(texts.get("EXTRADITION_REQUEST")).contains("Criminal Law of the PRC Art. 266");
        assertThat(texts.get("SUPPLEMENTARY_INFORMATION_REQUEST")).contains("Certified copy of the arrest warrant");
        assertThat(texts.get("EXTRADITION_DECISION")).contains("Extradition is granted");
        assertThat(texts.get("SURRENDER_RECORD")).contains("Li Ming");
    }

    /**
     * Myanmar asks China for a provisional arrest; China records it, no formal request follows, and
     * on day 31 (the engine clock moved, never slept) the person must be released with a notice.
     */
    String provisionalArrestReleasedOnDay31() {
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromMyanmarForAChineseNational();
        body.put("urgency", "PROVISIONAL_ARREST");
        body.put("channel", "INTERPOL");
        Submitted created = submit("demo-mm-mpf", null, body);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String caseId = created.caseId();
        runJobs(caseId);
        assertThat(taskKeys("cn.officer", caseId)).containsExactly("Task_RecordProvisionalArrest");
        assertThat(taskKeys("mm.supervisor", caseId)).containsExactly("Task_ReviewRequest");
        LocalDate today = TestClock.todayInChina();
        completeOk(
                "cn.officer",
                caseId,
                "Task_RecordProvisionalArrest",
                Map.of(
                        "arrestedOn",
                        today.toString(),
                        "place",
                        "Kunming Detention Centre",
                        "interrogatedWithin24Hours",
                        true));
        try {
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(today.plusDays(30)
                    .atTime(23, 59)
                    .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                    .toInstant()));
            runJobs(caseId);
            assertThat(taskKeys("cn.officer", caseId)).isEmpty();
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(today.plusDays(31)
                    .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                    .toInstant()));
            runJobs(caseId);
            assertThat(taskKeys("cn.officer", caseId)).containsExactly("Task_ReleasePerson");
        } finally {
            TestClock.resetEngineClock();
        }
        completeOk(
                "cn.officer",
                caseId,
                "Task_ReleasePerson",
                Map.of("releasedAt", TestClock.nowUtc().toString()));
        return caseId;
    }
}
