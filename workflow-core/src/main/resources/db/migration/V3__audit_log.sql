-- Tamper-evident audit log (EU Law Enforcement Directive Art. 25). Portable SQL: runs on H2 2.3
-- and PostgreSQL 14+. PostgreSQL-only protection (append-only triggers) is in
-- db/vendor/postgresql/V3_1__audit_log_append_only.sql; roles and grants in workflow-core/AUDIT-DATABASE.md.
--
-- audit_log: one row per audited operation, chained by SHA-256. seq is gap-free because it is
-- assigned while holding the row lock on audit_chain_head, in the same transaction as the insert.
-- entry_hash covers every column (encoding documented in org.comity.core.audit.EntryHasher).
-- No personal data here: ids, codes and a digest of the change only.
CREATE TABLE audit_log (
    seq                BIGINT                   NOT NULL,
    recorded_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor_id           VARCHAR(200)             NOT NULL,
    actor_kind         VARCHAR(16)              NOT NULL,
    actor_jurisdiction CHAR(2),
    category           VARCHAR(16)              NOT NULL,
    action             VARCHAR(64)              NOT NULL,
    object_type        VARCHAR(32)              NOT NULL,
    object_id          VARCHAR(100)             NOT NULL,
    case_id            UUID,
    purpose            VARCHAR(1000),
    recipient          VARCHAR(200),
    change_digest      CHAR(64),
    previous_hash      CHAR(64)                 NOT NULL,
    entry_hash         CHAR(64)                 NOT NULL,
    CONSTRAINT audit_log_pk PRIMARY KEY (seq),
    CONSTRAINT audit_log_seq_positive CHECK (seq > 0),
    CONSTRAINT audit_log_actor_kind CHECK (actor_kind IN ('PERSON', 'AGENCY', 'SYSTEM')),
    CONSTRAINT audit_log_category CHECK (category IN
        ('COLLECTION', 'ALTERATION', 'CONSULTATION', 'DISCLOSURE', 'COMBINATION', 'ERASURE'))
);

-- the auditor's search filters (DESIGN.md section 7: from, to, actor, caseId; category; object)
CREATE INDEX audit_log_case_idx ON audit_log (case_id, seq);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, seq);
CREATE INDEX audit_log_time_idx ON audit_log (recorded_at);
CREATE INDEX audit_log_object_idx ON audit_log (object_type, object_id);

-- The single row every append locks (SELECT ... FOR UPDATE) and advances: it serialises writers
-- so the chain never forks, and it tells the verifier where the chain must end.
CREATE TABLE audit_chain_head (
    id        SMALLINT NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT audit_chain_head_pk PRIMARY KEY (id),
    CONSTRAINT audit_chain_head_single_row CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Periodic (count, head hash) snapshots: a chain cut short and re-headed is internally
-- consistent, so only an earlier, independently kept checkpoint reveals the truncation.
CREATE TABLE audit_checkpoint (
    checkpoint_id BIGINT GENERATED ALWAYS AS IDENTITY,
    entry_count   BIGINT                      NOT NULL,
    head_hash     CHAR(64)                    NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT audit_checkpoint_pk PRIMARY KEY (checkpoint_id),
    CONSTRAINT audit_checkpoint_count CHECK (entry_count >= 0)
);
