package org.comity.web.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.web.repatriation.RepatriationFixtures.*;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.comity.core.document.DocumentType;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.incident.FailingDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The receiving officer's acknowledgement records the business fact and nothing more (issue 13 item
 * 7, issue 16 item 4): the persons' processes are told in jobs of their own, one per chunk, and the
 * receipt is rendered in a job of its own after them, without holding the audit chain's head, so that
 * an auditor's read while the receipt is being rendered answers at once. The rendering is held at a
 * latch (no sleeping) while the auditor reads.
 */
class HandoverFanOutIT extends WebIT {

    @Autowired
    ManagementService management;

    @Autowired
    FailingDocuments documents;

    @AfterEach
    void deleteOpenProcesses() {
        deleteRepatriationProcesses(runtime);
    }

    @Test
    void anAuditorReadsNormallyWhileTheReceiptIsRendered() throws Exception {
        TestApi china = as("cn.officer");
        TestApi myanmar = as("mm.officer");
        TestApi supervisor = as("mm.supervisor");
        String id = open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Fan-out outside the acknowledgement",
                        List.of(
                                person("周一", "ZHOU Yi", "1990-01-01"),
                                person("吴二", "WU Er", "1991-02-02"),
                                person("郑三", "ZHENG San", "1992-03-03"))));
        List<String> persons = List.copyOf(personIds(china, id).values());
        persons.forEach(p ->
                makeReady(tasks, china, myanmar, p, TestClock.todayInChina().plusYears(2)));
        String transfer = supervisor
                .post(
                        "/api/v1/repatriations/" + id + "/transfers",
                        aTransfer("Daluo port", "LAND", persons.size(), persons))
                .json()
                .get("id")
                .asText();
        complete(
                supervisor,
                transferTask(transfer, RepatriationModel.TASK_APPROVE_TRANSFER_PLAN),
                Map.of("planDecision", "APPROVE"));
        runJobs(management);
        complete(
                myanmar,
                transferTask(transfer, RepatriationModel.TASK_EXECUTE_HANDOVER),
                Map.of(
                        "handedOverAt",
                        TestClock.nowUtc().minusHours(1).withNano(0).toString(),
                        "handedOverCount",
                        3,
                        "escortOfficers",
                        2));

        assertThat(china.post(
                                "/api/v1/repatriations/" + id + "/transfers/" + transfer + "/receipt",
                                Map.of("receivedCount", 3, "notReceived", List.of()))
                        .status())
                .isEqualTo(204);

        String process = transferProcess(transfer);
        assertThat(documentTypes(china, id)).doesNotContain("HANDOVER_RECEIPT");
        assertThat(persons.stream().filter(p -> waitsForHandover(p)).count())
                .as("no person told yet")
                .isEqualTo(3);
        management.executeJob(
                job(process, RepatriationModel.TASK_RECORD_HANDOVER).getId());
        assertThat(persons.stream().filter(p -> waitsForHandover(p)).count())
                .as("the fact recorded, no one told")
                .isEqualTo(3);
        management.executeJob(
                job(process, RepatriationModel.TASK_HAND_OVER_PERSONS).getId());
        assertThat(persons.stream().filter(p -> waitsForHandover(p)).count())
                .as("told in the chunk's job")
                .isZero();

        String reference =
                china.get("/api/v1/cases/" + id).json().path("reference").asText();
        FailingDocuments.Hold hold = documents.holdFor(reference, DocumentType.HANDOVER_RECEIPT);
        String receiptJob =
                job(process, RepatriationModel.TASK_ISSUE_HANDOVER_RECEIPT).getId();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<?> rendering = worker.submit(() -> management.executeJob(receiptJob));
            hold.awaitRendering();

            TestApi.Response read = CompletableFuture.supplyAsync(
                            () -> as("auditor").get("/api/v1/cases/" + id))
                    .get(5, TimeUnit.SECONDS);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            TestApi.Response timeline = CompletableFuture.supplyAsync(
                            () -> as("auditor").get("/api/v1/audit/cases/" + id + "/timeline"))
                    .get(5, TimeUnit.SECONDS);
            assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
            assertThat(rendering.isDone())
                    .as("the receipt was still being rendered during the reads")
                    .isFalse();

            hold.release();
            rendering.get(60, TimeUnit.SECONDS);
        } finally {
            hold.release();
            worker.shutdownNow();
        }
        assertThat(documentTypes(china, id)).contains("HANDOVER_RECEIPT");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(process)
                        .count())
                .as("transfer ended")
                .isZero();
    }

    private boolean waitsForHandover(String personId) {
        return runtime.createExecutionQuery()
                        .messageEventSubscriptionName(RepatriationModel.MESSAGE_PERSON_HANDED_OVER)
                        .processVariableValueEquals(RepatriationModel.VAR_PERSON_ID, personId)
                        .count()
                > 0;
    }

    private Job job(String process, String activity) {
        Job job = management
                .createJobQuery()
                .processInstanceId(process)
                .activityId(activity)
                .singleResult();
        assertThat(job).as("job at %s", activity).isNotNull();
        return job;
    }

    private String transferProcess(String transferId) {
        return runtime.createProcessInstanceQuery()
                .variableValueEquals(RepatriationModel.VAR_TRANSFER_ID, transferId)
                .singleResult()
                .getId();
    }

    private static List<String> documentTypes(TestApi reader, String caseId) {
        List<String> types = new java.util.ArrayList<>();
        reader.get("/api/v1/cases/" + caseId + "/documents")
                .json()
                .forEach(d -> types.add(d.path("type").asText()));
        return types;
    }

    private String transferTask(String transferId, String taskKey) {
        return tasks.createTaskQuery()
                .taskDefinitionKey(taskKey)
                .processVariableValueEquals(RepatriationModel.VAR_TRANSFER_ID, transferId)
                .singleResult()
                .getId();
    }

    private static void complete(TestApi actor, String taskId, Map<String, Object> values) {
        TestApi.Response done = actor.post("/api/v1/tasks/" + taskId + "/complete", values);
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    private static PersonInput person(String original, String latin, String dob) {
        return new PersonInput(original, latin, "MALE", dob, "CN", List.of(), "Muse Hotel Block", "SUSPECT");
    }
}
