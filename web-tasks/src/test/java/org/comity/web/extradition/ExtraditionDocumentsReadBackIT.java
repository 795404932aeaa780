package org.comity.web.extradition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.DocumentReadBack;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every fact submitted through the API reaches the extradition documents (DESIGN.md §9;
 * legal-domain.md §2.7): the request (to prosecute and to enforce a sentence), the decision on
 * extradition and the record of surrender are downloaded through {@code GET /api/v1/documents/{id}}
 * and read back with PDFBox; each free-text value is printed exactly once, as written.
 */
class ExtraditionDocumentsReadBackIT extends WebIT {

    private static final ZoneId YANGON = ZoneId.of("Asia/Yangon");

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    ExtraditionCaseScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new ExtraditionCaseScenario(port, runtime, management, archive);
    }

    @Test
    void aRequestToProsecutePrintsEveryFactSubmitted() {
        String caseId = approved("demo-cn-mps", ExtraditionRequestBodies.aProsecutionRequestWithEveryField());

        DocumentReadBack.of(scenario, port, "cn.officer", caseId, "EXTRADITION_REQUEST")
                .prints(
                        "欧阳锦程",
                        "Ouyang Jincheng",
                        "Male / 男",
                        "1987-09-23",
                        "CN",
                        "Passport / 护照 EJ4471902",
                        "issued by / 签发国 China / 中国",
                        "2032-04-11",
                        "Prosecution",
                        "Ordinary request",
                        "Authority designated by the treaty",
                        "XSBN-WJ-2026-0193",
                        "2026-01-19",
                        "Date of the request",
                        TestClock.todayInChina().toString(),
                        "2025-04-02",
                        "2025-11-28",
                        "144 months' imprisonment",
                        "Speciality",
                        "No re-extradition",
                        "Retrial in the person's presence",
                        "Reciprocity",
                        "The death penalty will not be imposed or carried out",
                        "Given / 已作出",
                        "Not given / 未作出")
                .printsOnce(
                        "锦哥",
                        "Jimmy Ouyang",
                        "Xishuangbanna Prefecture PSB",
                        "Ran call floor 3 of the Shwe Kokko compound",
                        "PRC Criminal Law Art. 266 para. 1",
                        "Myanmar Penal Code s. 420",
                        "Shwe Kokko, Myawaddy Township",
                        (String) ExtraditionRequestBodies.aProsecutionRequestWithEveryField()
                                .get("factsSummary"))
                .printsNowhere("Not stated", "None / 无");
    }

    @Test
    void aRequestToEnforceASentenceIsIssuedWithTheJudgment() {
        String caseId = approved("demo-cn-mps", ExtraditionRequestBodies.anEnforcementRequestWithEveryField());

        assertThat(withToken("demo-cn-mps")
                        .get("/api/v1/cases/" + caseId)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("REQUEST_SENT");
        assertThat(scenario.taskKeys("mm.officer", caseId)).containsExactly("Task_CheckCompleteness");
        DocumentReadBack.of(scenario, port, "cn.officer", caseId, "EXTRADITION_REQUEST")
                .prints(
                        "司马青云",
                        "Sima Qingyun",
                        "Female / 女",
                        "1979-02-14",
                        "National identity card / 身份证 530102197902140027",
                        "Enforcement of a sentence",
                        "Judgment to be enforced",
                        "2025-10-15",
                        "Final and enforceable",
                        "Given in absentia",
                        "108 months' imprisonment",
                        "有期徒刑108个月",
                        "7 years 4 months (P7Y4M)",
                        "7年4个月")
                .printsOnce("云哥", "Kunming Intermediate People's Court", (String)
                        ExtraditionRequestBodies.anEnforcementRequestWithEveryField()
                                .get("factsSummary"))
                .printsNowhere("Arrest warrant", "Not stated");
    }

    @Test
    void aGrantPrintsTheCourtsRulingTheReasonsAndTheOffencesGranted() {
        String caseId = scenario.decided(
                person("上官飞燕", "Shangguan Feiyan", "1991-07-30"),
                ruling("Mandalay Region High Court", "Dual criminality under s. 420 is shown by the record."),
                Map.of("decision", "GRANT", "reasons", "The Union Government accepts the court's finding."),
                Map.of(
                        "agreedDate",
                        TestClock.todayInMyanmar().plusDays(2).toString(),
                        "place",
                        "Tachileik border bridge",
                        "escort",
                        "Four MPF officers in two vehicles"));

        DocumentReadBack.of(scenario, port, "mm.officer", caseId, "EXTRADITION_DECISION")
                .prints(
                        "上官飞燕",
                        "Extradition is granted",
                        "准予引渡",
                        "Meets the conditions for extradition",
                        TestClock.todayInMyanmar().toString(),
                        "Offences for which extradition is granted",
                        "2025-04-02")
                .printsOnce(
                        "Mandalay Region High Court",
                        "Dual criminality under s. 420 is shown by the record.",
                        "The Union Government accepts the court's finding.",
                        "Ran call floor 3 of the Shwe Kokko compound",
                        "PRC Criminal Law Art. 266 para. 1");
    }

    @Test
    void aRefusalOnADiscretionaryGroundPrintsTheRationale() {
        String caseId = scenario.decided(
                person("慕容秋水", "Murong Qiushui", "1948-03-03"),
                ruling("Sagaing Region High Court", "The formal conditions are met on the evidence filed."),
                Map.of(
                        "decision",
                        "REFUSE",
                        "groundCodes",
                        List.of("HUM"),
                        "reasons",
                        "Surrender of this person is refused on humanitarian grounds.",
                        "rationale",
                        "Aged seventy-eight and receiving dialysis three times a week."),
                Map.of());

        DocumentReadBack.of(scenario, port, "mm.officer", caseId, "EXTRADITION_DECISION")
                .prints(
                        "Extradition is refused",
                        "HUM",
                        "Optional / 可以拒绝",
                        "Humanitarian considerations",
                        "Rationale for the discretionary ground")
                .printsOnce(
                        "Sagaing Region High Court",
                        "The formal conditions are met on the evidence filed.",
                        "Surrender of this person is refused on humanitarian grounds.",
                        "Aged seventy-eight and receiving dialysis three times a week.")
                .printsNowhere("Offences for which extradition is granted");
    }

    @Test
    void aSurrenderRecordPrintsTheAgreementAndTheOfficersAsWritten() {
        LocalDate agreed = TestClock.todayInMyanmar().plusDays(1);
        String caseId = scenario.decided(
                person("东方明珠", "Dongfang Mingzhu", "1993-12-01"),
                ruling("Yangon Region High Court", "Conditions met; see the annexed findings."),
                Map.of("decision", "GRANT", "reasons", "Granted on the court's ruling of this week."),
                Map.of(
                        "agreedDate",
                        agreed.toString(),
                        "place",
                        "Muse 105th Mile trade zone gate",
                        "escort",
                        "Three officers of the MPF Special Branch"));
        OffsetDateTime surrenderedAt =
                TestClock.nowUtc().minusMinutes(30).withSecond(0).withNano(0);
        scenario.completeOk(
                "mm.officer",
                caseId,
                "Task_ExecuteSurrender",
                Map.of(
                        "surrenderedAt",
                        surrenderedAt.toString(),
                        "deliveringOfficers",
                        "Police Major Aung Kyaw Moe, Myanmar Police Force",
                        "receivingOfficers",
                        "Inspector Li Haoran, Yunnan Provincial PSB",
                        "propertyHandedOver",
                        "Two Huawei phones, serial HW-88213\nOne ledger of call floor 3"));

        DocumentReadBack.of(scenario, port, "mm.officer", caseId, "SURRENDER_RECORD")
                .prints(
                        "东方明珠",
                        "Dongfang Mingzhu",
                        "Male / 男",
                        agreed.toString(),
                        surrenderedAt
                                .atZoneSameInstant(YANGON)
                                .toLocalDateTime()
                                .toString()
                                .replace('T', ' '))
                .printsOnce(
                        "Muse 105th Mile trade zone gate",
                        "Three officers of the MPF Special Branch",
                        "Police Major Aung Kyaw Moe, Myanmar Police Force",
                        "Two Huawei phones, serial HW-88213",
                        "One ledger of call floor 3",
                        "Received by (names as recorded by the handing-over side) / 接收方（姓名由移交方记录）",
                        "Name / 姓名: Inspector Li Haoran, Yunnan Provincial PSB");
        assertThat(DocumentReadBack.of(scenario, port, "mm.officer", caseId, "SURRENDER_RECORD")
                        .occurrences("Inspector Li Haoran, Yunnan Provincial PSB"))
                .as("as written among the officers, and naming the receiving side's signature block")
                .isEqualTo(2);
    }

    @Test
    void aReleaseNoticePrintsThePlaceOfDetentionAndTheRemarks() {
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromMyanmarForAChineseNational();
        body.put("urgency", "PROVISIONAL_ARREST");
        body.put("channel", "INTERPOL");
        body.put(
                "person",
                Map.of(
                        "nameInOriginalScript",
                        "皇甫春生",
                        "nameInLatinScript",
                        "Huangfu Chunsheng",
                        "aliases",
                        List.of(),
                        "sex",
                        "MALE",
                        "dateOfBirth",
                        "1982-08-08",
                        "nationalities",
                        List.of("CN"),
                        "identityDocuments",
                        List.of()));
        var created = scenario.submit("demo-mm-mpf", null, body);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String caseId = created.caseId();
        scenario.runJobs(caseId);
        LocalDate arrested = TestClock.todayInChina();
        scenario.completeOk(
                "cn.officer",
                caseId,
                "Task_RecordProvisionalArrest",
                Map.of(
                        "arrestedOn",
                        arrested.toString(),
                        "place",
                        "Ruili Municipal Detention Centre, cell block C",
                        "interrogatedWithin24Hours",
                        true));
        try {
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(arrested.plusDays(31)
                    .atStartOfDay(ZoneId.of("Asia/Shanghai"))
                    .toInstant()));
            scenario.runJobs(caseId);
        } finally {
            TestClock.resetEngineClock();
        }
        scenario.completeOk(
                "cn.officer",
                caseId,
                "Task_ReleasePerson",
                Map.of(
                        "releasedAt",
                        TestClock.nowUtc().minusMinutes(1).toString(),
                        "remarks",
                        "Handed his passport back at the gate"));

        DocumentReadBack.of(scenario, port, "cn.officer", caseId, "PROVISIONAL_ARREST_RELEASE_NOTICE")
                .prints("皇甫春生", "Huangfu Chunsheng")
                .printsOnce("Ruili Municipal Detention Centre, cell block C", "Handed his passport back at the gate");
    }

    /**
     * Transit and third-country nationals (issue #14): a name in Arabic script (a Uyghur name of a
     * Chinese national) and one in Thai are accepted by the text rule and printed, shaped, on the
     * request; read back with PDFBox they are the text typed.
     */
    @Test
    void aRequestPrintsArabicAndThaiNamesAsTyped() {
        String arabic = approved("demo-cn-mps", person("محمد عبد الله", "Muhammad Abdullah", "1990-03-03"));
        String thai = approved("demo-cn-mps", person("สมชาย ใจดี", "Somchai Jaidee", "1986-06-06"));

        DocumentReadBack.of(scenario, port, "cn.officer", arabic, "EXTRADITION_REQUEST")
                .prints("محمد عبد الله", "Muhammad Abdullah");
        DocumentReadBack.of(scenario, port, "cn.officer", thai, "EXTRADITION_REQUEST")
                .prints("สมชาย ใจดี", "Somchai Jaidee");
    }

    private String approved(String agency, Map<String, Object> body) {
        var created = scenario.submit(agency, "read-back-" + UUID.randomUUID(), body);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String caseId = created.caseId();
        scenario.runJobs(caseId);
        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        return caseId;
    }

    /** The full prosecution request for another person, so that cases of this class never match. */
    private static Map<String, Object> person(String original, String latin, String dateOfBirth) {
        Map<String, Object> body = ExtraditionRequestBodies.aProsecutionRequestWithEveryField();
        body.put(
                "person",
                Map.of(
                        "nameInOriginalScript",
                        original,
                        "nameInLatinScript",
                        latin,
                        "aliases",
                        List.of(),
                        "sex",
                        "MALE",
                        "dateOfBirth",
                        dateOfBirth,
                        "nationalities",
                        List.of("CN"),
                        "identityDocuments",
                        List.of()));
        return body;
    }

    private static Map<String, Object> ruling(String court, String reasons) {
        return Map.of(
                "ruling",
                "EXTRADITABLE",
                "court",
                court,
                "rulingDate",
                TestClock.todayInMyanmar().toString(),
                "reasons",
                reasons);
    }
}
