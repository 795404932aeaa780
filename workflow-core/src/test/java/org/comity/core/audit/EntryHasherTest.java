package org.comity.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntryHasherTest {

    static final UUID CASE = UUID.fromString("3f1c7b2e-8d4a-4c1e-9b7a-2e5d6f708192");

    static final Instant AT = Instant.parse("2026-11-30T05:03:35.123456Z");

    /**
     * The value was computed by an independent implementation of the encoding documented in
     * {@link EntryHasher} and AUDIT-DATABASE.md (a few lines of Python), so the documentation,
     * not just this code, defines the hash.
     */
    @Test
    void matchesTheDocumentedEncoding() {
        assertThat(EntryHasher.hash(1, AT, aConsultationByAChineseOfficer(), EntryHasher.GENESIS_HASH))
                .isEqualTo("778166c868ab805d1dea8b44b4d2ed7a87d2d79d425602655c5693392c6578c2");
    }

    @Test
    void everyFieldChangesTheHash() {
        String base = hash(aConsultationByAChineseOfficer(), 1, AT, EntryHasher.GENESIS_HASH);
        AuditActor officer = AuditActor.person("cn.officer", "CN");

        assertThat(hash(aConsultationByAChineseOfficer(), 2, AT, EntryHasher.GENESIS_HASH))
                .isNotEqualTo(base);
        assertThat(hash(aConsultationByAChineseOfficer(), 1, AT.plusNanos(1_000), EntryHasher.GENESIS_HASH))
                .isNotEqualTo(base);
        assertThat(hash(aConsultationByAChineseOfficer(), 1, AT, "f".repeat(64)))
                .isNotEqualTo(base);
        assertThat(hash(consultation(AuditActor.person("mm.officer", "CN")).build(), 1, AT, EntryHasher.GENESIS_HASH))
                .isNotEqualTo(base);
        assertThat(hash(consultation(AuditActor.agency("cn.officer", "CN")).build(), 1, AT, EntryHasher.GENESIS_HASH))
                .isNotEqualTo(base);
        assertThat(hash(consultation(AuditActor.person("cn.officer", "MM")).build(), 1, AT, EntryHasher.GENESIS_HASH))
                .isNotEqualTo(base);
        assertThat(hash(consultation(officer).purpose("another purpose").build(), 1, AT, EntryHasher.GENESIS_HASH))
                .isNotEqualTo(base);
        assertThat(hash(consultation(officer).recipient("MM").build(), 1, AT, EntryHasher.GENESIS_HASH))
                .isNotEqualTo(base);
        assertThat(hash(
                        consultation(officer).changeDigest(ChangeDigest.of("x")).build(),
                        1,
                        AT,
                        EntryHasher.GENESIS_HASH))
                .isNotEqualTo(base);
        assertThat(hash(consultation(officer).caseId(null).build(), 1, AT, EntryHasher.GENESIS_HASH))
                .isNotEqualTo(base);
    }

    @Test
    void movingCharactersBetweenFieldsChangesTheHash() {
        AuditEvent left = AuditEvent.of(AuditActor.system("job|a"), AuditCategory.ERASURE, "person.erase")
                .object(AuditObjectType.PERSON, "b")
                .build();
        AuditEvent right = AuditEvent.of(AuditActor.system("job"), AuditCategory.ERASURE, "person.erase")
                .object(AuditObjectType.PERSON, "a|b")
                .build();

        assertThat(hash(left, 1, AT, EntryHasher.GENESIS_HASH))
                .isNotEqualTo(hash(right, 1, AT, EntryHasher.GENESIS_HASH));
    }

    @Test
    void absentAndEmptyDiffer() {
        AuditEvent absent = AuditEvent.of(AuditActor.system("job"), AuditCategory.COLLECTION, "case.create")
                .object(AuditObjectType.CASE, "1")
                .build();
        AuditEvent empty = AuditEvent.of(AuditActor.system("job"), AuditCategory.COLLECTION, "case.create")
                .object(AuditObjectType.CASE, "1")
                .purpose("")
                .build();

        assertThat(hash(absent, 1, AT, EntryHasher.GENESIS_HASH))
                .isNotEqualTo(hash(empty, 1, AT, EntryHasher.GENESIS_HASH));
    }

    static AuditEvent aConsultationByAChineseOfficer() {
        return consultation(AuditActor.person("cn.officer", "CN")).build();
    }

    private static AuditEvent.Builder consultation(AuditActor actor) {
        return AuditEvent.of(actor, AuditCategory.CONSULTATION, "case.read")
                .onCase(CASE)
                .purpose("审查引渡请求 review of the extradition request");
    }

    private static String hash(AuditEvent event, long seq, Instant at, String previous) {
        return EntryHasher.hash(seq, at, event, previous);
    }
}
