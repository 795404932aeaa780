-- Comity on PostgreSQL, step 1 of 2: the two roles and the database.
-- Run once as a superuser, connected to any database:
--   psql -U postgres -v ON_ERROR_STOP=1 -f docs/postgresql/1-roles-and-database.sql
-- then give each role its password (psql: \password comity_owner, \password comity_app).
--
-- comity_owner owns the database and Comity's own tables: Flyway runs as this role (FLYWAY_USER).
-- comity_app runs the application (DB_USER). It owns Camunda's ACT_* tables, which the engine
-- creates and updates itself, and gets on Comity's tables only what the afterMigrate callback of
-- db/vendor/postgresql grants it at every start: read and write, except the audit tables, which it may
-- only read and append to. It must never own the audit tables, since an owner can disable triggers.
CREATE ROLE comity_owner LOGIN;
CREATE ROLE comity_app LOGIN;
CREATE DATABASE comity OWNER comity_owner;
