package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.CaseScenario;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.mla.MlaRequestBodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The tasks that review or examine a request show it read-only (issue 12): every value submitted is
 * on the requesting supervisor's review page and on the requested officer's completeness check, with
 * the wizard's points to check, each showing logged; the review offers the document as it would be
 * issued, marked as a draft, to its own group only and without issuing it; a request returned and
 * amended shows what changed; decision tasks show their own state's findings so far and never the
 * other state's; and the task list names the person an extradition request seeks.
 */
class RequestReviewPageIT extends WebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    CaseScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new CaseScenario(port, runtime, management, archive);
    }

    @Test
    void showsEverySubmittedValueOfAnExtraditionRequestToTheReviewerAndToTheExaminerAndLogsIt() throws Exception {
        String caseId = submitted("/api/v1/extraditions", ExtraditionRequestBodies.aProsecutionRequestWithEveryField());
        String review =
                page("cn.supervisor", "/tasks/" + scenario.taskId("cn.supervisor", caseId, "Task_ReviewRequest"));
        String[] facts = {
            "欧阳锦程",
            "Ouyang Jincheng",
            "锦哥",
            "Jimmy Ouyang",
            "1987-09-23",
            "Male",
            "EJ4471902",
            "2032-04-11",
            "Ran call floor 3 of the Shwe Kokko compound",
            "PRC Criminal Law Art. 266 para. 1",
            "Myanmar Penal Code s. 420",
            "2025-04-02",
            "2025-11-28",
            "Shwe Kokko, Myawaddy Township",
            "144",
            "Xishuangbanna Prefecture PSB",
            "2026-01-19",
            "XSBN-WJ-2026-0193",
            "Example CN–MM extradition treaty (illustrative configuration, not a real treaty)",
            "took CNY 9.6 million from 311 victims"
        };
        assertThat(review)
                .contains("The request as submitted")
                .contains("Points to check (")
                .contains("id=\"preview-link\"")
                .contains(facts);

        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        scenario.runJobs(caseId);
        String check = page("mm.officer", "/tasks/" + scenario.taskId("mm.officer", caseId, "Task_CheckCompleteness"));
        assertThat(check).contains("The request as submitted").contains(facts).doesNotContain("id=\"preview-link\"");
        assertThat(consultations(caseId, "task.request")).containsExactlyInAnyOrder("cn.supervisor", "mm.officer");
    }

    @Test
    void showsTheJudgmentOfAnEnforcementRequestWithTheRemainingSentenceInMonths() throws Exception {
        String caseId =
                submitted("/api/v1/extraditions", ExtraditionRequestBodies.anEnforcementRequestWithEveryField());
        String review =
                page("cn.supervisor", "/tasks/" + scenario.taskId("cn.supervisor", caseId, "Task_ReviewRequest"));
        assertThat(review)
                .contains(
                        "司马青云",
                        "Sima Qingyun",
                        "云哥",
                        "Female",
                        "530102197902140027",
                        "Kunming Intermediate People&#39;s Court",
                        "2025-10-15",
                        "108",
                        ">88<",
                        "The person laundered the proceeds of the Laukkai call centres");
    }

    @Test
    void showsTheWizardsWarningsAsPointsToCheckInEitherLanguage() throws Exception {
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromChinaFor("燕青", "Yan Qing", "1990-01-09");
        body.put(
                "warrant",
                Map.of(
                        "issuingAuthority",
                        "Kunming Public Security Bureau",
                        "date",
                        "2025-09-01",
                        "reference",
                        "KM-2025-0901"));
        String caseId = submitted("/api/v1/extraditions", body);
        String path = "/tasks/" + scenario.taskId("cn.supervisor", caseId, "Task_ReviewRequest");
        assertThat(page("cn.supervisor", path))
                .contains("Points to check (1)")
                .contains("the offence continues after the warrant date; check that it is a continuing offence")
                .containsPattern("Offence 1[^<]*: the offence continues");
        assertThat(page("cn.supervisor", path + "?lang=zh"))
                .contains("需注意事项（1）")
                .contains("犯罪在逮捕证签发之后仍在继续；请确认是否为持续犯")
                .contains("所提交的请求");
    }

    @Test
    void showsAnMlaRequestsMeasuresPersonsAndConfidentialityToTheReviewerAndTheAssessor() throws Exception {
        String caseId = submitted("/api/v1/mla-requests", MlaRequestBodies.aConfidentialRequestFromChina());
        String[] facts = {
            "Kunming Public Security Bureau",
            "Li Ming",
            "li.ming@example.cn",
            "KM-2026-0042",
            "Bank records",
            "A call centre in Myawaddy defrauded 214 victims",
            "Criminal Law of the PRC, Art. 266",
            "张伟",
            "Zhang Wei",
            "E12345678",
            "Myawaddy, Kayin State",
            "Statements of account 0012-3344-55",
            "To trace the proceeds and prove who made the calls",
            "The suspects&#39; detention ends in three months",
            "Accomplices at large would destroy evidence if warned"
        };
        String review =
                page("cn.supervisor", "/tasks/" + scenario.taskId("cn.supervisor", caseId, "Task_ReviewRequest"));
        assertThat(review)
                .contains("The request as submitted")
                .contains("id=\"preview-link\"")
                .contains(facts);
        MvcResult letter = mvc.perform(
                        get("/tasks/" + scenario.taskId("cn.supervisor", caseId, "Task_ReviewRequest") + "/preview.pdf")
                                .with(user(people.loadUserByUsername("cn.supervisor"))))
                .andReturn();
        assertThat(letter.getResponse().getStatus()).isEqualTo(200);
        assertThat(text(letter.getResponse().getContentAsByteArray()))
                .as("both markings on the letter's preview")
                .contains("DRAFT — NOT ISSUED", "CONFIDENTIAL", "Zhang Wei", "E12345678");

        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        scenario.runJobs(caseId);
        String assess = page("mm.officer", "/tasks/" + scenario.taskId("mm.officer", caseId, "Task_AssessRequest"));
        assertThat(assess).contains(facts).doesNotContain("id=\"preview-link\"");
    }

    @Test
    void previewsTheDocumentAsADraftToTheReviewersGroupOnlyWithoutIssuingIt() throws Exception {
        String caseId = submitted("/api/v1/extraditions", ExtraditionRequestBodies.aProsecutionRequestWithEveryField());
        String taskId = scenario.taskId("cn.supervisor", caseId, "Task_ReviewRequest");
        int auditEntries = auditEntries(caseId);

        MvcResult pdf = mvc.perform(
                        get("/tasks/" + taskId + "/preview.pdf").with(user(people.loadUserByUsername("cn.supervisor"))))
                .andReturn();
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        String text = text(pdf.getResponse().getContentAsByteArray());
        assertThat(text)
                .contains(
                        "DRAFT — NOT ISSUED",
                        "草稿",
                        "欧阳锦程",
                        "Ouyang Jincheng",
                        "Ran call floor 3 of the Shwe Kokko compound",
                        "XSBN-WJ-2026-0193");

        assertThat(archive.listFor(UUID.fromString(caseId)))
                .as("nothing issued or stored")
                .isEmpty();
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE case_id = ? ORDER BY seq OFFSET ?")
                        .params(UUID.fromString(caseId), auditEntries)
                        .query(String.class)
                        .list())
                .as("only the read is logged, no issued document")
                .containsExactly("task.preview");
        for (String other : List.of("mm.supervisor", "mm.officer", "cn.officer")) {
            assertThat(mvc.perform(get("/tasks/" + taskId + "/preview.pdf")
                                    .with(user(people.loadUserByUsername(other))))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(other)
                    .isEqualTo(404);
        }
    }

    @Test
    void showsTheReviewerWhatChangedInAReturnedRequestAndTheFindingsOfTheirOwnStateOnly() throws Exception {
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromChinaFor("公孙胜", "Gongsun Sheng", "1983-06-30");
        String caseId = submitted("/api/v1/extraditions", body);
        scenario.completeOk(
                "cn.supervisor",
                caseId,
                "Task_ReviewRequest",
                Map.of(
                        "reviewDecision",
                        "RETURN",
                        "reasons",
                        "The offence was committed in Shwe Kokko, not in Myawaddy town"));
        assertThat(scenario.as("cn.officer")
                        .put("/api/v1/extraditions/" + caseId + "/request", body)
                        .status())
                .as("the person is not amended yet: the whole request is sent")
                .isEqualTo(204);

        Map<String, Object> corrected = new HashMap<>(body);
        corrected.put(
                "offences",
                List.of(Map.of(
                        "description",
                        "Telecom fraud through a call centre",
                        "provisionInRequestingLaw",
                        "Criminal Law of the PRC Art. 266",
                        "dateFrom",
                        "2025-06-01",
                        "dateTo",
                        "2025-12-31",
                        "place",
                        "Shwe Kokko, Myawaddy Township",
                        "maximumPenalty",
                        Map.of("kind", "TERM", "months", 120))));
        assertThat(scenario.as("mm.officer")
                        .put("/api/v1/extraditions/" + caseId + "/request", corrected)
                        .status())
                .isEqualTo(404);
        Map<String, Object> invalid = new HashMap<>(corrected);
        invalid.put("requestedState", "TH");
        var refused = scenario.as("cn.officer").put("/api/v1/extraditions/" + caseId + "/request", invalid);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).as("the treaty does not bind Thailand").contains("legalBasisId");
        invalid.put("requestedState", "MM");
        invalid.put(
                "person",
                Map.of(
                        "nameInOriginalScript",
                        "公孙胜",
                        "nameInLatinScript",
                        "公孙胜",
                        "sex",
                        "MALE",
                        "dateOfBirth",
                        "1983-06-30",
                        "nationalities",
                        List.of("CN")));
        refused = scenario.as("cn.officer").put("/api/v1/extraditions/" + caseId + "/request", invalid);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("person.nameInLatinScript");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM request_version WHERE case_id = ?")
                        .param(UUID.fromString(caseId))
                        .query(Integer.class)
                        .single())
                .as("submitted, then amended once; nothing stored when refused")
                .isEqualTo(2);
        assertThat(scenario.as("cn.officer")
                        .put("/api/v1/extraditions/" + caseId + "/request", corrected)
                        .status())
                .isEqualTo(204);
        scenario.completeOk(
                "cn.officer",
                caseId,
                "Task_CorrectRequest",
                Map.of("corrections", "Place of the offence corrected to Shwe Kokko"));

        String review =
                page("cn.supervisor", "/tasks/" + scenario.taskId("cn.supervisor", caseId, "Task_ReviewRequest"));
        assertThat(review)
                .contains("What changed since you last saw it")
                .contains("<del>Myawaddy, Kayin State</del>")
                .contains("<ins>Shwe Kokko, Myawaddy Township</ins>")
                .contains("Findings so far")
                .contains("The offence was committed in Shwe Kokko, not in Myawaddy town")
                .contains("Place of the offence corrected to Shwe Kokko");
        assertThat(review.split("<tr class=\"changed\">"))
                .as("only the place changed")
                .hasSize(2);
        assertThat(scenario.as("cn.officer")
                        .put("/api/v1/extraditions/" + caseId + "/request", corrected)
                        .status())
                .as("no longer waiting to be corrected")
                .isEqualTo(409);

        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        scenario.runJobs(caseId);
        scenario.completeOk(
                "mm.officer",
                caseId,
                "Task_CheckCompleteness",
                Map.of("completeness", "COMPLETE", "dualCriminality", true, "maximumPenaltyInRequestedLawMonths", 120));
        scenario.runJobs(caseId);
        String ruling = page("mm.officer", "/tasks/" + scenario.taskId("mm.officer", caseId, "Task_JudicialReview"));
        assertThat(ruling)
                .contains("Findings so far")
                .contains("Shwe Kokko, Myawaddy Township")
                .doesNotContain("not in Myawaddy town")
                .doesNotContain("Place of the offence corrected");
        assertThat(ruling.substring(ruling.indexOf("id=\"findings\""))).contains("mm.officer");
    }

    @Test
    void namesThePersonAnExtraditionRequestSeeksInTheTaskListAndLogsIt() throws Exception {
        String caseId = submitted(
                "/api/v1/extraditions",
                ExtraditionRequestBodies.aRequestFromChinaFor("呼延灼", "Huyan Zhuo", "1979-11-02"));
        String list = page("cn.supervisor", "/tasks?caseId=" + caseId);
        assertThat(list)
                .contains("<span class=\"name-original\">呼延灼</span> <span class=\"name-latin\">Huyan Zhuo</span>");
        assertThat(jdbc.sql("SELECT actor_id FROM audit_log WHERE action = 'task.list' AND category = 'CONSULTATION'"
                                + " AND case_id = ?")
                        .param(UUID.fromString(caseId))
                        .query(String.class)
                        .list())
                .containsExactly("cn.supervisor");
        assertThat(page("cn.officer", "/tasks?caseId=" + caseId))
                .as("no task of the officer's group")
                .doesNotContain("Huyan Zhuo");
    }

    private String submitted(String path, Map<String, Object> body) {
        CaseScenario.Submitted created = scenario.submit(path, "demo-cn-mps", "review-" + UUID.randomUUID(), body);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        scenario.runJobs(created.caseId());
        return created.caseId();
    }

    private List<String> consultations(String caseId, String action) {
        return jdbc.sql("SELECT actor_id FROM audit_log WHERE action = ? AND category = 'CONSULTATION' AND case_id = ?")
                .params(action, UUID.fromString(caseId))
                .query(String.class)
                .list();
    }

    private int auditEntries(String caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE case_id = ?")
                .param(UUID.fromString(caseId))
                .query(Integer.class)
                .single();
    }

    private String page(String who, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(people.loadUserByUsername(who))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
