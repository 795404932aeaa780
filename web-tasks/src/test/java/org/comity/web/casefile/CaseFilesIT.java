package org.comity.web.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseTransmitted;
import org.comity.core.casefile.CaseType;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.idempotency.IdempotentResult;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.validation.InvalidInputException;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Cases: references, visibility by party; and the Idempotency-Key mechanism for creating calls. */
class CaseFilesIT extends WebIT {

    static final Actor CN_AGENCY = Actor.agency("cn-mps", "CN");

    @Autowired
    CaseFiles cases;

    @Autowired
    IdempotencyKeys idempotency;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    private CaseFile open(CaseType type, String requesting, String requested) {
        return tx.execute(s -> cases.open(type, requesting, requested, "RECEIVED", CN_AGENCY));
    }

    @Nested
    class References {

        @Test
        void numbersCasesWithoutGapsPerTypeStateAndYear() {
            CaseFile first = open(CaseType.MLA, "MM", "CN");
            CaseFile second = open(CaseType.MLA, "MM", "CN");
            assertThat(first.reference()).matches("MLA-MM-\\d{4}-\\d{6}");
            long a =
                    Long.parseLong(first.reference().substring(first.reference().lastIndexOf('-') + 1));
            long b = Long.parseLong(
                    second.reference().substring(second.reference().lastIndexOf('-') + 1));
            assertThat(b).isEqualTo(a + 1);
            assertThat(open(CaseType.EXTRADITION, "MM", "CN").reference()).startsWith("EXT-MM-");
        }

        @Test
        void refusesAnUnknownJurisdiction() {
            assertThatThrownBy(() -> open(CaseType.EXTRADITION, "XX", "CN")).hasMessageContaining("XX");
        }
    }

    @Nested
    class Visibility {

        @Test
        void showsACaseToTheRequestedStateFromItsTransmissionOnAndToAuditorsAlways() {
            CaseFile file = open(CaseType.EXTRADITION, "CN", "MM");
            Actor myanmar = Actor.person("mm.officer", Role.OFFICER, "MM");
            assertThat(file.transmittedAt()).isNull();
            assertThatThrownBy(() -> cases.visible(myanmar, file.id().toString()))
                    .isInstanceOf(NotVisibleException.class);
            assertThat(cases.visible(
                            Actor.person("cn.officer", Role.OFFICER, "CN"),
                            file.id().toString()))
                    .isEqualTo(file);
            assertThat(cases.visible(
                            Actor.person("auditor", Role.AUDITOR, null),
                            file.id().toString()))
                    .isEqualTo(file);

            cases.transmitted(new CaseTransmitted(file.id()));
            CaseFile sent = cases.visible(myanmar, file.id().toString());
            assertThat(sent.transmittedAt()).isNotNull();
            cases.transmitted(new CaseTransmitted(file.id()));
            assertThat(cases.find(file.id()).orElseThrow().transmittedAt())
                    .as("the first transmission stays")
                    .isEqualTo(sent.transmittedAt());
            assertThatThrownBy(() -> cases.visible(
                            Actor.person("th.officer", Role.OFFICER, "TH"),
                            file.id().toString()))
                    .isInstanceOf(NotVisibleException.class);
        }

        @Test
        void answersMalformedAndUnknownIdsLikeHiddenOnes() {
            Actor officer = Actor.person("cn.officer", Role.OFFICER, "CN");
            assertThatThrownBy(() -> cases.visible(officer, "'; DROP TABLE comity_case; --"))
                    .isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> cases.visible(officer, UUID.randomUUID().toString()))
                    .isInstanceOf(NotVisibleException.class);
        }
    }

    @Nested
    class Idempotency {

        private IdempotentResult create(String key, Map<String, Object> body) {
            return tx.execute(s -> idempotency.once(
                    CN_AGENCY,
                    key,
                    body,
                    () -> cases.open(CaseType.EXTRADITION, "CN", "MM", "RECEIVED", CN_AGENCY)
                            .id()
                            .toString()));
        }

        @Test
        void replaysARepeatWithTheSameBodyAndCreatesNothing() {
            String key = "key-" + UUID.randomUUID();
            IdempotentResult first = create(key, Map.of("a", 1, "b", "x"));
            IdempotentResult again = create(key, Map.of("b", "x", "a", 1));
            assertThat(first.replayed()).isFalse();
            assertThat(again.replayed()).isTrue();
            assertThat(again.resourceId()).isEqualTo(first.resourceId());
        }

        @Test
        void refusesTheSameKeyWithAnotherBody() {
            String key = "key-" + UUID.randomUUID();
            create(key, Map.of("a", 1));
            assertThatThrownBy(() -> create(key, Map.of("a", 2)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.errors().get(0).field()).isEqualTo("Idempotency-Key"));
        }

        @Test
        void refusesAMalformedKeyAndCreatesNothing() {
            long before = countCases();
            assertThatThrownBy(() -> create("bad key with spaces", Map.of())).isInstanceOf(InvalidInputException.class);
            assertThat(countCases()).isEqualTo(before);
        }

        @Test
        void createsEachTimeWithoutAKey() {
            assertThat(create(null, Map.of()).resourceId())
                    .isNotEqualTo(create(null, Map.of()).resourceId());
        }

        private long countCases() {
            return jdbc.sql("SELECT COUNT(*) FROM comity_case")
                    .query(Long.class)
                    .single();
        }
    }
}
