-- Comity on PostgreSQL, step 2 of 2: who may create tables in the database's schema.
-- Run once as a superuser, connected to the new database, before the first start:
--   psql -U postgres -d comity -v ON_ERROR_STOP=1 -f docs/postgresql/2-schema.sql
--
-- Nothing else is granted by hand: at every start Flyway (as comity_owner) migrates and then grants
-- comity_app what it needs on every table comity_owner holds, so a table added by a later version is
-- usable at once and the first start as comity_app works.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO comity_owner;
-- Camunda creates and updates its ACT_* tables as the application role.
GRANT USAGE, CREATE ON SCHEMA public TO comity_app;
