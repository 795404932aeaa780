-- PostgreSQL only: make the audit tables append-only for everyone, including their owner.
--
-- Triggers stop the application (and mistakes); privileges stop the application role even if a
-- trigger is dropped. Grant the application role no more than this (see AUDIT-DATABASE.md):
--
--   REVOKE ALL ON audit_log, audit_checkpoint, audit_chain_head FROM PUBLIC;
--   GRANT SELECT, INSERT ON audit_log, audit_checkpoint TO comity_app;
--   GRANT SELECT, UPDATE ON audit_chain_head TO comity_app;
--
-- and never make comity_app the owner of these tables: an owner can disable triggers. A DBA
-- (table owner or superuser) still can; that is what the hash chain and the checkpoints, kept
-- also outside the database, are for.

CREATE FUNCTION audit_reject_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit table % is append-only: % rejected', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();

CREATE TRIGGER audit_checkpoint_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_checkpoint_no_truncate
    BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();

-- The head may only move forward by one, onto the entry just inserted: it cannot be rewound to
-- hide a truncated tail, nor pointed at a forged hash.
CREATE FUNCTION audit_chain_head_advance_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'UPDATE' OR NEW.id <> OLD.id OR NEW.last_seq <> OLD.last_seq + 1
        OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.last_seq AND entry_hash = NEW.last_hash) THEN
        RAISE EXCEPTION 'audit_chain_head may only advance by one onto the newest entry: % rejected', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_chain_head_advance_only
    BEFORE UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_advance_only();
CREATE TRIGGER audit_chain_head_no_truncate
    BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
