package org.comity.core.archive;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.DocumentType;
import org.comity.core.document.LegalDocumentGenerator;
import org.comity.core.document.RenderedDocument;
import org.comity.core.identity.Actor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues legal documents: renders them through the document port, stores the bytes with their
 * SHA-256 on the case, and writes the digest into the audit chain, all in the caller's transaction.
 * Stored documents are never changed.
 */
@Service
public class DocumentArchive {

    private static final RowMapper<StoredDocument> ROW = (rs, n) -> new StoredDocument(
            rs.getObject("id", UUID.class),
            rs.getObject("case_id", UUID.class),
            DocumentType.valueOf(rs.getString("document_type")),
            List.of(rs.getString("languages").split(",")),
            rs.getLong("size_bytes"),
            rs.getString("sha256"),
            rs.getInt("page_count"),
            rs.getString("template_version"),
            rs.getString("verification_code"),
            rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant());

    private static final String COLUMNS = "id, case_id, document_type, languages, size_bytes, sha256, page_count, "
            + "template_version, verification_code, created_by, created_at";

    private final LegalDocumentGenerator generator;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    DocumentArchive(LegalDocumentGenerator generator, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.generator = generator;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Renders and stores the document for the case; the request's document id becomes its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredDocument issue(UUID caseId, DocumentRequest request, Actor issuedBy) {
        return store(caseId, request, issuedBy, null);
    }

    /**
     * Issues a corrected or renewed document in place of an earlier one of the same case and type, and
     * records that it supersedes it: whoever verifies the earlier one's printed code learns that it was
     * superseded, and on which day. A document is superseded once; the earlier one is kept unchanged.
     *
     * @throws IllegalArgumentException when the earlier document is unknown, of another type, or
     * already superseded
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredDocument reissue(UUID superseded, DocumentRequest request, Actor issuedBy) {
        StoredDocument earlier = find(superseded)
                .orElseThrow(() -> new IllegalArgumentException("No document " + superseded + " to supersede"));
        if (earlier.type() != request.type()) {
            throw new IllegalArgumentException("A " + request.type() + " cannot supersede a " + earlier.type());
        }
        if (supersededBy(superseded).isPresent()) {
            throw new IllegalArgumentException("Document " + superseded + " was already superseded");
        }
        return store(earlier.caseId(), request, issuedBy, superseded);
    }

    /** The document issued in place of this one, if any. */
    public Optional<StoredDocument> supersededBy(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM comity_document WHERE supersedes = ?")
                .param(id)
                .query(ROW)
                .optional();
    }

    private StoredDocument store(UUID caseId, DocumentRequest request, Actor issuedBy, UUID supersedes) {
        RenderedDocument rendered = generator.render(request);
        UUID id = request.header().documentId();
        jdbc.sql("INSERT INTO comity_document (" + COLUMNS + ", content, content_sha256, issuing_state, "
                        + "issuing_authority, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        caseId,
                        rendered.type().name(),
                        languages(rendered),
                        rendered.bytes().length,
                        rendered.sha256(),
                        rendered.pageCount(),
                        rendered.templateVersion(),
                        rendered.verificationCode(),
                        issuedBy.id(),
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                        rendered.bytes(),
                        rendered.contentSha256(),
                        request.header().issuing().code(),
                        rendered.issuedBy(),
                        supersedes)
                .update();
        audit.record(AuditEvent.of(AuditActor.of(issuedBy), AuditCategory.COLLECTION, "document.issue")
                .object(AuditObjectType.DOCUMENT, id.toString())
                .caseId(caseId)
                .changeDigest(rendered.sha256())
                .build());
        return find(id).orElseThrow();
    }

    public List<StoredDocument> listFor(UUID caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM comity_document WHERE case_id = ? ORDER BY created_at, id")
                .param(caseId)
                .query(ROW)
                .list();
    }

    /**
     * The documents issued on the case from the given instant on, oldest first: what one step just
     * issued, read without the case's whole list (an operation holds a document per person).
     */
    public List<StoredDocument> issuedSince(UUID caseId, java.time.Instant since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM comity_document WHERE case_id = ? AND created_at >= ? "
                        + "ORDER BY created_at, id")
                .param(caseId)
                .param(OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query(ROW)
                .list();
    }

    public Optional<StoredDocument> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM comity_document WHERE id = ?")
                .param(id)
                .query(ROW)
                .optional();
    }

    /** The PDF bytes of a stored document. */
    public byte[] content(UUID id) {
        return jdbc.sql("SELECT content FROM comity_document WHERE id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    private static String languages(RenderedDocument rendered) {
        return rendered.languages().stream().map(Locale::toLanguageTag).collect(Collectors.joining(","));
    }
}
