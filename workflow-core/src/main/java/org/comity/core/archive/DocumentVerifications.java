package org.comity.core.archive;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the holder of a printed document: did Comity issue the document bearing this verification
 * code, when, by which authority, with which content SHA-256 (the one stored at issue, which the QR
 * code and the page carry), and was it superseded by a re-issued document ({@link DocumentArchive#reissue}).
 * Nothing else leaves this class: no case, no names, no document content, no type — a code read off
 * a lost page must not tell its finder what the case is about.
 */
@Service
public class DocumentVerifications {

    /**
     * What the public verification page shows.
     *
     * @param contentSha256 as printed on the document; {@code null} for documents issued before it was stored
     * @param fileSha256 of the PDF file as issued, for whoever holds the electronic copy
     * @param supersededAt when the document that supersedes this one was issued, or {@code null}
     */
    public record Verified(
            Instant issuedAt,
            String issuingState,
            String issuingAuthority,
            String contentSha256,
            String fileSha256,
            Instant supersededAt) {

        public boolean superseded() {
            return supersededAt != null;
        }
    }

    private final JdbcClient jdbc;

    DocumentVerifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The answer for a printed code (already in its printed form, {@link VerificationCode#parse}); empty
     * when no document carries it. Codes are 48 bits of a SHA-256: two documents sharing one is not
     * expected in the life of an installation, and if it happened the earliest is answered for.
     */
    @Transactional(readOnly = true)
    public Optional<Verified> verify(String code) {
        return jdbc
                .sql("""
                SELECT d.created_at, d.issuing_state, d.issuing_authority, d.content_sha256, d.sha256,
                    (SELECT MIN(n.created_at) FROM comity_document n WHERE n.supersedes = d.id) AS superseded_at
                FROM comity_document d WHERE d.verification_code = ? ORDER BY d.created_at, d.id""")
                .param(code)
                .query((rs, n) -> new Verified(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list()
                .stream()
                .findFirst();
    }
}
