package org.comity.web.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.identity.Actor;
import org.comity.web.TestApi;
import org.comity.web.postgres.PostgresWebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public verification on real PostgreSQL ({@link PostgresWebIT}): migration V13_5 (officer
 * profiles, the stored content digest, supersession), a genuine, a superseded and a wrong code.
 */
class DocumentVerificationPostgresIT extends PostgresWebIT {

    @Autowired
    CaseFiles cases;

    @Autowired
    TransactionTemplate tx;

    @Test
    void verifiesAGenuineASupersededAndAWrongCodeOnPostgresql() {
        CaseFile file =
                tx.execute(s -> cases.open(CaseType.EXTRADITION, "MM", "CN", "RECEIVED", Actor.agency("mm-mpf", "MM")));
        JsonNode first = report(file);
        JsonNode second = report(file);
        TestApi anonymous = TestApi.anonymous(port);

        JsonNode earlier = anonymous
                .get("/api/v1/verification/" + first.get("verificationCode").asText())
                .json();
        JsonNode later = anonymous
                .get("/api/v1/verification/" + second.get("verificationCode").asText())
                .json();

        assertThat(earlier.get("superseded").asBoolean()).isTrue();
        assertThat(later.get("superseded").asBoolean()).isFalse();
        assertThat(later.get("issuingAuthority").asText()).isEqualTo("Joint Oversight Committee / 联合监督委员会");
        assertThat(later.get("contentSha256").asText()).hasSize(64);
        assertThat(anonymous.get("/api/v1/verification/FFFF-FFFF-FFFF").status())
                .isEqualTo(404);
    }

    private JsonNode report(CaseFile file) {
        TestApi.Response report = as("auditor").post("/api/v1/audit/cases/" + file.id() + "/report", Map.of());
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json();
    }
}
