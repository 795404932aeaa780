package org.comity.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.junit.jupiter.api.Test;

/** Who may see a transmitted case, and a restricted (confidential MLA) one: legal-domain.md §9 item 16. */
class CaseFileTest {

    private static final Actor CN_AGENCY = Actor.agency("cn-mps", "CN");
    private static final Actor MM_AGENCY = Actor.agency("mm-mpf", "MM");
    private static final Actor MM_OFFICER = Actor.person("mm.officer", Role.OFFICER, "MM");
    private static final Actor MM_SUPERVISOR = Actor.person("mm.supervisor", Role.SUPERVISOR, "MM");
    private static final Actor TH_OFFICER = Actor.person("th.officer", Role.OFFICER, "TH");
    private static final Actor AUDITOR = Actor.person("auditor", Role.AUDITOR, null);

    @Test
    void aCaseIsVisibleToBothPartiesAndAuditorsOnly() {
        CaseFile file = between(false);
        assertThat(file.isVisibleTo(MM_AGENCY)).isTrue();
        assertThat(file.isVisibleTo(MM_OFFICER)).isTrue();
        assertThat(file.isVisibleTo(AUDITOR)).isTrue();
        assertThat(file.isVisibleTo(TH_OFFICER)).isFalse();
    }

    @Test
    void aRestrictedCaseIsHiddenFromAgenciesButTheOneThatCreatedIt() {
        CaseFile file = between(true);
        assertThat(file.isVisibleTo(CN_AGENCY)).isTrue();
        assertThat(file.isVisibleTo(MM_AGENCY)).isFalse();
        assertThat(file.isVisibleTo(Actor.agency("cn-customs", "CN"))).isFalse();
        assertThat(file.isVisibleTo(MM_OFFICER)).isTrue();
        assertThat(file.isVisibleTo(MM_SUPERVISOR)).isTrue();
        assertThat(file.isVisibleTo(AUDITOR)).isTrue();
        assertThat(file.isVisibleTo(TH_OFFICER)).isFalse();
    }

    private static CaseFile between(boolean restricted) {
        return new CaseFile(
                UUID.randomUUID(),
                "MLA-CN-2026-000001",
                CaseType.MLA,
                "CN",
                "MM",
                "SUBMITTED",
                "cn-mps",
                Instant.now(),
                Instant.now(),
                restricted,
                Instant.now());
    }
}
