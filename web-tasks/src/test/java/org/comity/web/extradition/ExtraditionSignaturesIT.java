package org.comity.web.extradition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.DocumentReadBack;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The extradition documents are signed by the named officers who acted, from their profiles (name in
 * their script and in Latin, title, authority, place, date) beside a seal box: the request by the
 * requesting supervisor who approved it, the decision by the deciding authority, and the surrender
 * record by both sides. No login id is printed as a signatory. Read back from the downloaded PDF.
 */
class ExtraditionSignaturesIT extends WebIT {

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
    void theRequestIsSignedByTheSupervisorWhoApprovedItAndTheDecisionByTheDecidingAuthority() {
        String caseId = scenario.decided(
                person("诸葛青山", "Zhuge Qingshan", "1990-05-05"),
                ruling(),
                Map.of("decision", "GRANT", "reasons", "Granted on the court's ruling."),
                Map.of(
                        "agreedDate",
                        TestClock.todayInMyanmar().plusDays(2).toString(),
                        "place",
                        "Muse gate",
                        "escort",
                        "Two MPF officers"));

        DocumentReadBack.of(scenario, port, "cn.officer", caseId, "EXTRADITION_REQUEST")
                .prints(
                        "For the issuing authority / 签发机关",
                        "张敏 (Zhang Min)",
                        "Title / 职务: Division Director / 处长",
                        "Ministry of Public Security, International Cooperation Bureau / 公安部国际合作局",
                        "Place / 地点: Beijing / 北京",
                        "Date / 日期: " + TestClock.todayInChina(),
                        "Seal / 印章")
                .printsNowhere("cn.supervisor");
        DocumentReadBack.of(scenario, port, "mm.officer", caseId, "EXTRADITION_DECISION")
                .prints(
                        "For the deciding authority / 决定机关",
                        "(Thandar Win)",
                        "Title / 职务: Deputy Director",
                        "Myanmar Police Force, Transnational Crime Department",
                        "Place / 地点: Nay Pyi Taw",
                        "Date / 日期: " + TestClock.todayInMyanmar(),
                        "Seal / 印章")
                .printsNowhere("mm.supervisor");
    }

    @Test
    void theSurrenderRecordIsSignedByBothSidesTheReceivingOfficersNamedAsRecorded() {
        String caseId = scenario.decided(
                person("欧阳春雨", "Ouyang Chunyu", "1992-06-06"),
                ruling(),
                Map.of("decision", "GRANT", "reasons", "Granted on the court's ruling."),
                Map.of(
                        "agreedDate",
                        TestClock.todayInMyanmar().plusDays(1).toString(),
                        "place",
                        "Muse gate",
                        "escort",
                        "Two MPF officers"));
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
                        "Police Major Aung Kyaw Moe",
                        "receivingOfficers",
                        "Inspector Li Haoran",
                        "propertyHandedOver",
                        "One phone"));

        DocumentReadBack record = DocumentReadBack.of(scenario, port, "mm.officer", caseId, "SURRENDER_RECORD");
        record.prints(
                        "Handed over by / 移交方",
                        "(Aung Ko Ko)",
                        "Title / 职务: Legal Officer",
                        "Myanmar Police Force, Transnational Crime Department",
                        "Place / 地点: Nay Pyi Taw",
                        "Received by (names as recorded by the handing-over side) / 接收方（姓名由移交方记录）",
                        "Name / 姓名: Inspector Li Haoran",
                        "Competent authority of People's Republic of China / 中华人民共和国",
                        "Date / 日期: " + surrenderedAt.atZoneSameInstant(YANGON).toLocalDate())
                .printsNowhere("mm.officer");
        assertThat(occurrences(record.text(), "Inspector Li Haoran"))
                .as("in the officers section and the receiving block")
                .isEqualTo(2);
        assertThat(occurrences(record.text(), "Seal / 印章"))
                .as("a seal box for each side")
                .isEqualTo(2);
        assertThat(occurrences(record.text(), "Signature / 签名"))
                .as("a signing line for each side")
                .isEqualTo(2);
    }

    private static int occurrences(String text, String value) {
        return text.split(java.util.regex.Pattern.quote(value), -1).length - 1;
    }

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

    private static Map<String, Object> ruling() {
        return Map.of(
                "ruling",
                "EXTRADITABLE",
                "court",
                "Yangon Region High Court",
                "rulingDate",
                TestClock.todayInMyanmar().toString(),
                "reasons",
                "Conditions met.");
    }
}
