package org.comity.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comity.core.access.AccessPolicy;
import org.comity.core.access.CaseParties;
import org.comity.core.access.RequestingStateMayWrite;
import org.comity.core.identity.Actor;
import org.junit.jupiter.api.Test;

/**
 * The registry of case kinds: one kind per case type, found by type; each process belongs to one
 * kind, which gives its party; a process no kind declares is joint; a missing or doubled kind stops
 * the application at start rather than showing a case wrongly.
 */
class CaseKindsTest {

    @Test
    void findsTheKindOfEachTypeAndThePartyOfEachProcess() {
        CaseKinds kinds = new CaseKinds(everyType());
        for (CaseType type : CaseType.values()) {
            assertThat(kinds.of(type).type()).isEqualTo(type);
        }
        assertThat(kinds.partyOf("EXTRADITIONRequesting")).isEqualTo(CaseParty.REQUESTING);
        assertThat(kinds.partyOf("MLARequested")).isEqualTo(CaseParty.REQUESTED);
        assertThat(kinds.partyOf("APlatformTestProcess"))
                .as("undeclared: joint")
                .isEqualTo(CaseParty.JOINT);
        assertThat(kinds.ofProcess("REPATRIATIONRequesting"))
                .map(CaseKind::type)
                .contains(CaseType.REPATRIATION);
    }

    @Test
    void aStepOfAJointProcessIsThePartysThatPerformsItAloneOtherwiseJoint() {
        List<CaseKind> kinds = new ArrayList<>(everyType());
        CaseKind operations =
                kind(CaseType.REPATRIATION, Map.of("Operation", CaseParty.JOINT, "Route", CaseParty.REQUESTING));
        kinds.set(1, new CaseKind() {
            @Override
            public CaseType type() {
                return operations.type();
            }

            @Override
            public Map<String, CaseParty> processes() {
                return operations.processes();
            }

            @Override
            public Map<String, CaseParty> jointStepsOfOneParty() {
                return Map.of("Task_IssueManifest", CaseParty.REQUESTING);
            }

            @Override
            public CaseDetails details(Actor actor, CaseFile file, CaseDetails.Page page) {
                return operations.details(actor, file, page);
            }

            @Override
            public AccessPolicy<CaseParties> writer() {
                return operations.writer();
            }
        });
        CaseKinds registry = new CaseKinds(kinds);
        assertThat(registry.partyOf("Operation", "Task_IssueManifest")).isEqualTo(CaseParty.REQUESTING);
        assertThat(registry.partyOf("Operation", "Task_RecordHandover")).isEqualTo(CaseParty.JOINT);
        assertThat(registry.partyOf("Operation", null)).isEqualTo(CaseParty.JOINT);
        assertThat(registry.partyOf("Route", "Task_IssueManifest"))
                .as("a one-sided process")
                .isEqualTo(CaseParty.REQUESTING);
        assertThat(registry.partyOf("MLARequested", "Task_AssessRequest")).isEqualTo(CaseParty.REQUESTED);
    }

    @Test
    void refusesATypeWithoutAKind() {
        List<CaseKind> kinds = new ArrayList<>(everyType());
        kinds.remove(0);
        assertThatThrownBy(() -> new CaseKinds(kinds)).hasMessageContaining("No case kind for EXTRADITION");
    }

    @Test
    void refusesTwoKindsOfOneType() {
        List<CaseKind> kinds = new ArrayList<>(everyType());
        kinds.add(kind(CaseType.MLA, Map.of("Other", CaseParty.JOINT)));
        assertThatThrownBy(() -> new CaseKinds(kinds)).hasMessageContaining("Two case kinds for MLA");
    }

    @Test
    void refusesAProcessClaimedByTwoKinds() {
        List<CaseKind> kinds = new ArrayList<>(everyType());
        kinds.set(2, kind(CaseType.MLA, Map.of("EXTRADITIONRequesting", CaseParty.REQUESTING)));
        assertThatThrownBy(() -> new CaseKinds(kinds)).hasMessageContaining("EXTRADITIONRequesting");
    }

    @Test
    void theCaseFileNamesTheJurisdictionOfEachParty() {
        CaseFile file = new CaseFile(
                java.util.UUID.randomUUID(),
                "EXT-CN-2026-000001",
                CaseType.EXTRADITION,
                "CN",
                "MM",
                "SUBMITTED",
                "cn.officer",
                null,
                null,
                false,
                null);
        assertThat(CaseParty.REQUESTING.jurisdiction(file)).isEqualTo("CN");
        assertThat(CaseParty.REQUESTED.jurisdiction(file)).isEqualTo("MM");
        assertThat(CaseParty.JOINT.jurisdiction(file)).isNull();
    }

    private static List<CaseKind> everyType() {
        return List.of(CaseType.values()).stream()
                .map(type -> kind(
                        type,
                        Map.of(type + "Requesting", CaseParty.REQUESTING, type + "Requested", CaseParty.REQUESTED)))
                .toList();
    }

    private static CaseKind kind(CaseType type, Map<String, CaseParty> processes) {
        return new CaseKind() {
            @Override
            public CaseType type() {
                return type;
            }

            @Override
            public Map<String, CaseParty> processes() {
                return processes;
            }

            @Override
            public CaseDetails details(Actor actor, CaseFile file, CaseDetails.Page page) {
                return new CaseDetails(
                        "case.requestingState", "case.requestedState", List.of(), List.of(), List.of(), List.of());
            }

            @Override
            public AccessPolicy<CaseParties> writer() {
                return RequestingStateMayWrite.POLICY;
            }
        };
    }
}
