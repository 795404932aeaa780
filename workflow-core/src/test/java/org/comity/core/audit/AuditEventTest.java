package org.comity.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    static final AuditActor MM_OFFICER = AuditActor.person("mm.officer", "MM");

    @Test
    void consultationWithoutJustificationIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditEvent.of(MM_OFFICER, AuditCategory.CONSULTATION, "case.read")
                        .onCase(UUID.randomUUID())
                        .build())
                .withMessageContaining("justification");
    }

    @Test
    void disclosureNeedsJustificationAndRecipient() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditEvent.of(MM_OFFICER, AuditCategory.DISCLOSURE, "document.share")
                        .object(AuditObjectType.DOCUMENT, "doc-1")
                        .purpose("transfer to the requesting state")
                        .build())
                .withMessageContaining("recipient");

        AuditEvent transfer = AuditEvent.of(MM_OFFICER, AuditCategory.DISCLOSURE, "document.share")
                .object(AuditObjectType.DOCUMENT, "doc-1")
                .purpose("transfer to the requesting state")
                .recipient("CN/Ministry of Public Security")
                .build();
        assertThat(transfer.recipient()).isEqualTo("CN/Ministry of Public Security");
    }

    @Test
    void writesNeedNoJustification() {
        AuditEvent erasure = AuditEvent.of(AuditActor.system("retention-job"), AuditCategory.ERASURE, "person.erase")
                .object(AuditObjectType.PERSON, "p-17")
                .build();

        assertThat(erasure.purpose()).isNull();
    }

    @Test
    void malformedFieldsAreRejectedBeforeTheyReachTheDatabase() {
        assertThatIllegalArgumentException().isThrownBy(() -> AuditActor.person("x", "cn"));
        assertThatIllegalArgumentException().isThrownBy(() -> AuditActor.person(" ", "CN"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditEvent.of(MM_OFFICER, AuditCategory.COLLECTION, "Case Create")
                        .object(AuditObjectType.CASE, "1")
                        .build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditEvent.of(MM_OFFICER, AuditCategory.COLLECTION, "case.create")
                        .object(AuditObjectType.CASE, "1")
                        .changeDigest("ABC")
                        .build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditEvent.of(MM_OFFICER, AuditCategory.COLLECTION, "case.create")
                        .object(AuditObjectType.CASE, "1\0")
                        .build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditEvent.of(MM_OFFICER, AuditCategory.COLLECTION, "case.create")
                        .object(AuditObjectType.CASE, "x".repeat(101))
                        .build());
    }
}
