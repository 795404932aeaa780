package org.comity.web.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.casefile.CaseDeadline;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseOpenTask;
import org.comity.core.casefile.CaseOverview;
import org.comity.core.casefile.CaseSide;
import org.comity.core.casefile.CaseViews;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.web.WebIT;
import org.comity.web.demo.DemoOperationGenerator;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case view reads the engine for all of a case's process instances at once; it must say what
 * the engine's per-instance calls say: active activities, timers with their activity, candidate
 * groups of open tasks.
 */
class CaseViewsIT extends WebIT {

    static final Actor AUDITOR = Actor.person("auditor", Role.AUDITOR, null);

    @Autowired
    CaseViews views;

    @Autowired
    CaseFiles cases;

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    @AfterEach
    void endRepatriationProcesses() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @Test
    void readsAnExtraditionCaseAsTheEnginesPerInstanceCallsDo() {
        String caseId =
                new ExtraditionCaseScenario(port, runtime, management, archive).awaitingSupplementaryInformation();
        CaseOverview view = assertMatchesTheEngine(caseId);
        assertThat(view.sides())
                .extracting(CaseSide::stage)
                .containsExactly(
                        List.of("Task_ProvideSupplementaryInformation"),
                        List.of("Gateway_AwaitSupplementaryInformation"));
        assertThat(view.deadlines())
                .extracting(CaseDeadline::what)
                .contains("Timer_SupplementaryInformationWindow", "Task_ProvideSupplementaryInformation");
    }

    @Test
    void readsAJointOperationWithPersonsInEveryStageAsTheEnginesPerInstanceCallsDo() {
        String id = RepatriationFixtures.aPartlyRepatriatedOperation(port, management, 4_221, "Case view IT");
        CaseOverview view = assertMatchesTheEngine(id);
        assertThat(view.sides()).hasSizeGreaterThan(12);
        CaseOverview officers = views.of(
                Actor.person("mm.officer", Role.OFFICER, "MM"),
                cases.find(UUID.fromString(id)).orElseThrow());
        assertThat(officers.openTasks())
                .allSatisfy(t -> assertThat(t.candidateGroups()).anyMatch(g -> g.startsWith("MM-")));
    }

    @Test
    void readsTheVerificationTimersAndTasksOfANewOperation() {
        String id = RepatriationFixtures.open(
                withToken("demo-mm-mpf"),
                RepatriationFixtures.theSeedOperation("Case view timers IT", DemoOperationGenerator.persons(4_222, 3)));
        CaseOverview view = assertMatchesTheEngine(id);
        assertThat(view.deadlines())
                .extracting(CaseDeadline::what)
                .filteredOn("Timer_VerificationSla"::equals)
                .hasSize(3);
        assertThat(view.deadlines())
                .extracting(CaseDeadline::what)
                .as("the tasks' due dates are the timers'")
                .doesNotContain("Task_VerifyNationality");
        assertThat(view.openTasks())
                .filteredOn(t -> "Task_VerifyNationality".equals(t.taskKey()))
                .allSatisfy(t -> assertThat(t.due()).as("the SLA's date").isNotNull());
        assertThat(view.openTasks())
                .extracting(CaseOpenTask::taskKey)
                .filteredOn("Task_VerifyNationality"::equals)
                .hasSize(3);
    }

    private CaseOverview assertMatchesTheEngine(String caseId) {
        CaseFile file = cases.find(UUID.fromString(caseId)).orElseThrow();
        CaseOverview view = views.of(AUDITOR, file);
        Map<String, String> timersExpected = new HashMap<>();
        for (CaseSide side : view.sides()) {
            if ("ACTIVE".equals(side.state())) {
                assertThat(side.stage())
                        .as(side.processDefinitionKey())
                        .containsExactlyInAnyOrderElementsOf(runtime.getActiveActivityIds(side.processInstanceId()));
                for (Job job : management
                        .createJobQuery()
                        .processInstanceId(side.processInstanceId())
                        .timers()
                        .list()) {
                    timersExpected.put(
                            job.getId(),
                            management
                                    .createJobDefinitionQuery()
                                    .jobDefinitionId(job.getJobDefinitionId())
                                    .singleResult()
                                    .getActivityId());
                }
            } else {
                assertThat(side.stage()).isEmpty();
            }
        }
        List<String> timerDeadlines = view.deadlines().stream()
                .map(CaseDeadline::what)
                .filter(w -> timersExpected.containsValue(w))
                .toList();
        assertThat(timerDeadlines).hasSize(timersExpected.size());
        List<Task> open =
                tasks.createTaskQuery().processInstanceBusinessKey(caseId).list();
        assertThat(view.openTasks()).hasSize(open.size());
        for (CaseOpenTask task : view.openTasks()) {
            List<String> groups = new ArrayList<>();
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.id())) {
                if ("candidate".equals(link.getType()) && link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
            }
            assertThat(task.candidateGroups()).as(task.taskKey()).containsExactlyInAnyOrderElementsOf(groups);
        }
        return view;
    }
}
