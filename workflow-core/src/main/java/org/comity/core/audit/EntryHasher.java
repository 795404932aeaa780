package org.comity.core.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The one definition of an entry's hash. Fields are length-prefixed rather than joined with a
 * delimiter, so no choice of field values can make two different entries encode alike, and the
 * encoding is fixed here rather than left to a JSON library whose output may change.
 * <p>
 * Encoding, version {@value #VERSION}: SHA-256 over a sequence of items, each a 4-byte big-endian
 * signed length followed by that many bytes of UTF-8, or the length -1 and no bytes for an absent
 * value. Items in order: the version tag; sequence (decimal); recorded-at (UTC,
 * {@code uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'}); actor id; actor kind; actor jurisdiction; category;
 * action; object type; object id; case id (lower-case UUID); purpose; recipient; change digest;
 * previous hash. Enumerations are their constant names; hashes are 64 lower-case hex digits and
 * the first entry's previous hash is {@link #GENESIS_HASH}. {@code AUDIT-DATABASE.md} repeats this
 * for auditors who verify with their own tools.
 */
final class EntryHasher {

    static final String VERSION = "comity-audit-entry/v1";

    static final String GENESIS_HASH = "0".repeat(64);

    private static final byte[] ABSENT = {-1, -1, -1, -1};

    /** Verification hashes every entry; one digest per thread spares a provider lookup per entry. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(EntryHasher::newSha256);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private EntryHasher() {}

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform provides SHA-256", ex);
        }
    }

    static String hash(long sequence, Instant recordedAt, AuditEvent event, String previousHash) {
        AuditActor actor = event.actor();
        return hashOf(
                Long.toString(sequence),
                TIME.format(recordedAt),
                actor.id(),
                actor.kind().name(),
                actor.jurisdiction(),
                event.category().name(),
                event.action(),
                event.objectType().name(),
                event.objectId(),
                event.caseId() == null ? null : event.caseId().toString(),
                event.purpose(),
                event.recipient(),
                event.changeDigest(),
                previousHash);
    }

    /**
     * Hashes a stored row as it is, without rebuilding an {@link AuditEvent}: a tampered row may no
     * longer be a valid event, and the verifier must report it rather than fail on it.
     */
    static String hashOfRow(ResultSet rs) throws SQLException {
        Object caseId = rs.getObject("case_id");
        return hashOf(
                Long.toString(rs.getLong("seq")),
                TIME.format(AuditRows.instant(rs, "recorded_at")),
                rs.getString("actor_id"),
                rs.getString("actor_kind"),
                rs.getString("actor_jurisdiction"),
                rs.getString("category"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                caseId == null ? null : caseId.toString(),
                rs.getString("purpose"),
                rs.getString("recipient"),
                rs.getString("change_digest"),
                rs.getString("previous_hash"));
    }

    private static String hashOf(String... fields) {
        MessageDigest sha = SHA256.get();
        item(sha, VERSION);
        for (String field : fields) {
            item(sha, field);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void item(MessageDigest sha, String value) {
        if (value == null) {
            sha.update(ABSENT);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }
}
