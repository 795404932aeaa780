package org.comity.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.junit.jupiter.api.Test;

/** DESIGN.md §7: the other party sees a case from its transmission on, and then not the other's deliberation. */
class CaseVisibilityTest {

    private static final Instant OPENED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant SENT = Instant.parse("2026-03-04T10:00:00Z");
    private static final Actor CN_OFFICER = Actor.person("cn.officer", Role.OFFICER, "CN");
    private static final Actor MM_OFFICER = Actor.person("mm.officer", Role.OFFICER, "MM");
    private static final Actor MM_SUPERVISOR = Actor.person("mm.supervisor", Role.SUPERVISOR, "MM");
    private static final Actor MM_AGENCY = Actor.agency("mm-mpf", "MM");
    private static final Actor AUDITOR = Actor.person("auditor", Role.AUDITOR, null);

    @Test
    void aRequestStillInTheRequestingStatesReviewIsItsAloneAndTheAuditors() {
        CaseFile inReview = anExtraditionFromChina(null);
        assertThat(CaseVisibility.sees(CN_OFFICER, inReview)).isTrue();
        assertThat(CaseVisibility.sees(Actor.agency("cn-mps", "CN"), inReview)).isTrue();
        assertThat(CaseVisibility.sees(MM_OFFICER, inReview)).isFalse();
        assertThat(CaseVisibility.sees(MM_SUPERVISOR, inReview)).isFalse();
        assertThat(CaseVisibility.sees(MM_AGENCY, inReview)).isFalse();
        assertThat(CaseVisibility.sees(AUDITOR, inReview)).isTrue();
    }

    @Test
    void theRequestedStateSeesTheCaseFromItsTransmissionOnAsReceivedThen() {
        CaseFile sent = anExtraditionFromChina(SENT);
        assertThat(CaseVisibility.sees(MM_OFFICER, sent)).isTrue();
        assertThat(CaseVisibility.sees(MM_AGENCY, sent)).isTrue();
        assertThat(CaseVisibility.openedFor(MM_OFFICER, "CN", OPENED, SENT)).isEqualTo(SENT);
        assertThat(CaseVisibility.openedFor(CN_OFFICER, "CN", OPENED, SENT)).isEqualTo(OPENED);
        assertThat(CaseVisibility.openedFor(AUDITOR, "CN", OPENED, SENT)).isEqualTo(OPENED);
        assertThat(CaseVisibility.seesOpening(MM_OFFICER, sent)).isFalse();
        assertThat(CaseVisibility.seesOpening(CN_OFFICER, sent)).isTrue();
    }

    @Test
    void eachStateSeesOnlyItsOwnDeliberationAndJointWorkWhileAuditorsSeeAll() {
        assertThat(CaseVisibility.seesDeliberationOf(MM_OFFICER, "CN")).isFalse();
        assertThat(CaseVisibility.seesDeliberationOf(MM_OFFICER, "MM")).isTrue();
        assertThat(CaseVisibility.seesDeliberationOf(MM_OFFICER, null)).isTrue();
        assertThat(CaseVisibility.seesDeliberationOf(AUDITOR, "CN")).isTrue();
    }

    @Test
    void aJointOperationIsTransmittedWhenOpenedAndNothingElseIs() {
        assertThat(CaseVisibility.transmittedOnOpening(CaseType.REPATRIATION)).isTrue();
        assertThat(CaseVisibility.transmittedOnOpening(CaseType.EXTRADITION)).isFalse();
        assertThat(CaseVisibility.transmittedOnOpening(CaseType.MLA)).isFalse();
    }

    @Test
    void theListConditionAsksForTransmissionOnTheRequestedSideOnly() {
        CaseVisibility.Condition officer = CaseVisibility.condition(MM_OFFICER);
        assertThat(officer.sql()).contains("requested_jurisdiction = ? AND transmitted_at IS NOT NULL");
        assertThat(officer.params()).containsExactly("MM", "MM");
        assertThat(CaseVisibility.condition(MM_AGENCY).params()).containsExactly("MM", "MM", "mm-mpf");
        assertThat(CaseVisibility.condition(AUDITOR).params()).isEmpty();
    }

    private static CaseFile anExtraditionFromChina(Instant transmittedAt) {
        return new CaseFile(
                UUID.randomUUID(),
                "EXT-CN-2026-000001",
                CaseType.EXTRADITION,
                "CN",
                "MM",
                "SUBMITTED",
                "cn-mps",
                OPENED,
                OPENED,
                false,
                transmittedAt);
    }
}
