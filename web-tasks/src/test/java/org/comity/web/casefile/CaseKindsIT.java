package org.comity.web.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.comity.core.access.CaseParties;
import org.comity.core.casefile.CaseKind;
import org.comity.core.casefile.CaseKinds;
import org.comity.core.casefile.CaseType;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every procedure is registered: each case type has exactly one {@link CaseKind} bean, whose writer
 * is its requesting (holding) state's agency and officers, and each process of the shipped BPMN models
 * (the {@code bpmn} module) belongs to a kind that gives it a side, so that no process of a case is
 * shown to the wrong state for want of a declaration.
 */
class CaseKindsIT extends WebIT {

    @Autowired
    List<CaseKind> registered;

    @Autowired
    CaseKinds kinds;

    @Test
    void eachCaseTypeHasExactlyOneKind() {
        assertThat(registered).extracting(CaseKind::type).containsExactlyInAnyOrder(CaseType.values());
        for (CaseType type : CaseType.values()) {
            assertThat(kinds.of(type).type()).isEqualTo(type);
        }
    }

    @Test
    void eachKindLetsTheAgencyAndOfficersOfItsRequestingStateWriteAndNobodyElse() {
        CaseParties chinaAsksMyanmar = new CaseParties("CN", "MM");
        for (CaseKind kind : registered) {
            assertThat(kind.writer().allows(Actor.agency("cn-mps", "CN"), chinaAsksMyanmar))
                    .as(kind.type().name())
                    .isTrue();
            assertThat(kind.writer().allows(Actor.person("cn.officer", Role.OFFICER, "CN"), chinaAsksMyanmar))
                    .as(kind.type().name())
                    .isTrue();
            assertThat(kind.writer().allows(Actor.agency("mm-mpf", "MM"), chinaAsksMyanmar))
                    .as(kind.type().name())
                    .isFalse();
            assertThat(kind.writer().allows(Actor.person("auditor", Role.AUDITOR, null), chinaAsksMyanmar))
                    .as(kind.type().name())
                    .isFalse();
        }
    }

    @Test
    void eachProcessOfTheShippedModelsHasASide() throws IOException {
        List<String> processes = new ArrayList<>();
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
            if (model.getURL().toString().contains("test-classes")) {
                continue; // a test's own models (the platform test process) are no procedure
            }
            try (InputStream in = model.getInputStream()) {
                Bpmn.readModelFromStream(in).getModelElementsByType(Process.class).stream()
                        .map(Process::getId)
                        .forEach(processes::add);
            }
        }
        assertThat(processes)
                .as("the shipped models")
                .hasSizeGreaterThanOrEqualTo(8)
                .doesNotContain("PlatformTestProcess");
        assertThat(processes)
                .allSatisfy(key -> assertThat(kinds.processes()).as(key).containsKey(key));
    }
}
