-- PostgreSQL only. Flyway runs this callback after every migrate, also when nothing was pending, as
-- the role that owns Comity's tables (FLYWAY_USER). It grants the application role (DB_USER, the
-- placeholder application_role) exactly what Comity needs on every table that owner holds, so that a
-- table added by a later migration never reaches the application without its grant: read and write on
-- the ordinary tables, read and append on the audit log and its checkpoints, read and advance on the
-- chain head (V3_1 adds triggers that reject anything else even for the owner). Camunda's ACT_* tables
-- belong to the application role and are not touched. When both roles are the same (a single-role set-up
-- or a test as superuser) there is nothing to grant.
DO $$
DECLARE
    app CONSTANT text := '${application_role}';
    item record;
BEGIN
    IF app = '' OR app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    FOR item IN SELECT tablename FROM pg_tables
                WHERE schemaname = current_schema() AND tableowner = current_user
                  AND tablename NOT IN ('audit_log', 'audit_checkpoint', 'audit_chain_head', '${flyway:table}')
    LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', item.tablename, app);
    END LOOP;
    FOR item IN SELECT sequencename FROM pg_sequences
                WHERE schemaname = current_schema() AND sequenceowner = current_user
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %I TO %I', item.sequencename, app);
    END LOOP;
    EXECUTE format('REVOKE ALL ON audit_log, audit_checkpoint, audit_chain_head FROM PUBLIC, %I', app);
    EXECUTE format('GRANT SELECT, INSERT ON audit_log, audit_checkpoint TO %I', app);
    EXECUTE format('GRANT SELECT, UPDATE ON audit_chain_head TO %I', app);
END
$$;
