-- Comity's own tables (Camunda creates and updates its ACT_* tables itself).
-- Written to run unchanged on H2 2.x and PostgreSQL 14+.

-- People who sign in: officers, supervisors, auditors. Passwords only as bcrypt hashes.
CREATE TABLE comity_user (
    username       VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name   VARCHAR(200) NOT NULL,
    role           VARCHAR(16)  NOT NULL CHECK (role IN ('OFFICER', 'SUPERVISOR', 'AUDITOR')),
    jurisdiction   VARCHAR(2),
    password_hash  VARCHAR(100) NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (jurisdiction IS NOT NULL OR role = 'AUDITOR')
);

-- Agencies calling the API; their tokens only as SHA-256 hashes.
CREATE TABLE comity_agency (
    id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    jurisdiction   VARCHAR(2)   NOT NULL,
    token_hash     CHAR(64)     NOT NULL UNIQUE,
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A case: one extradition, repatriation or MLA matter between a requesting and a requested state.
CREATE TABLE comity_case (
    id                       UUID         NOT NULL PRIMARY KEY,
    reference                VARCHAR(40)  NOT NULL UNIQUE,
    case_type                VARCHAR(16)  NOT NULL CHECK (case_type IN ('EXTRADITION', 'REPATRIATION', 'MLA')),
    requesting_jurisdiction  VARCHAR(2)   NOT NULL,
    requested_jurisdiction   VARCHAR(2)   NOT NULL,
    status                   VARCHAR(32)  NOT NULL,
    created_by               VARCHAR(64)  NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (requesting_jurisdiction <> requested_jurisdiction)
);
CREATE INDEX comity_case_requesting ON comity_case (requesting_jurisdiction, case_type, status);
CREATE INDEX comity_case_requested ON comity_case (requested_jurisdiction, case_type, status);

-- Every completed task form, whole. Text fields stay here and never reach the engine's history.
-- The unique task id makes a second completion of the same task fail in the database.
CREATE TABLE task_submission (
    id                   UUID          NOT NULL PRIMARY KEY,
    task_id              VARCHAR(64)   NOT NULL UNIQUE,
    task_key             VARCHAR(255)  NOT NULL,
    process_instance_id  VARCHAR(64)   NOT NULL,
    case_id              VARCHAR(64),
    form_key             VARCHAR(255)  NOT NULL,
    form_values          VARCHAR(1000000) NOT NULL,
    submitted_by         VARCHAR(64)   NOT NULL,
    submitted_by_kind    VARCHAR(16)   NOT NULL,
    submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX task_submission_case ON task_submission (case_id, submitted_at);
