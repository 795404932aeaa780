-- Issued legal documents: the PDF bytes with their SHA-256, bound to a case. Documents are never
-- changed after issue; a corrected document is a new document.
CREATE TABLE comity_document (
    id                 UUID          NOT NULL PRIMARY KEY,
    case_id            UUID          NOT NULL REFERENCES comity_case (id),
    document_type      VARCHAR(64)   NOT NULL,
    languages          VARCHAR(100)  NOT NULL,
    size_bytes         BIGINT        NOT NULL,
    sha256             CHAR(64)      NOT NULL,
    page_count         INTEGER       NOT NULL,
    template_version   VARCHAR(32)   NOT NULL,
    verification_code  VARCHAR(32)   NOT NULL,
    content            BYTEA         NOT NULL,
    created_by         VARCHAR(64)   NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX comity_document_case ON comity_document (case_id, created_at);
