-- Status callbacks (issue #17 item 2). Written to run unchanged on H2 2.x and PostgreSQL 14+.

-- Who created a case: a person or an agency. The id alone cannot tell (a user name may equal an
-- agency id), and only an agency's own cases are reported to its callback.
ALTER TABLE comity_case ADD COLUMN created_by_kind VARCHAR(16);
UPDATE comity_case SET created_by_kind = CASE
    WHEN created_by IN (SELECT id FROM comity_agency) AND created_by NOT IN (SELECT username FROM comity_user)
    THEN 'AGENCY' ELSE 'PERSON' END;

-- One callback per agency: where its status events go, and the secrets that sign them. The secret is
-- kept as issued (an HMAC needs it); the previous one signs too until previous_secret_until, so that
-- a receiver can switch without losing events.
CREATE TABLE callback_endpoint (
    agency_id              VARCHAR(64)    NOT NULL PRIMARY KEY,
    url                    VARCHAR(2000)  NOT NULL,
    secret                 VARCHAR(100)   NOT NULL,
    secret_version         INT            NOT NULL,
    secret_issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    previous_secret        VARCHAR(100),
    previous_secret_until  TIMESTAMP WITH TIME ZONE,
    registered_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The outbox: one row per event, written in the transaction of the status change it reports, kept
-- until delivered (DELIVERED) or given up (GAVE_UP). A node claims a due row by setting locked_by and
-- locked_until in one conditional UPDATE (no transaction stays open while the receiver answers); a
-- claim whose node died runs out at locked_until.
CREATE TABLE callback_event (
    id               UUID           NOT NULL PRIMARY KEY,
    agency_id        VARCHAR(64)    NOT NULL,
    case_id          UUID           NOT NULL,
    payload          VARCHAR(2000)  NOT NULL,
    state            VARCHAR(16)    NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'GAVE_UP')),
    attempts         INT            NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    locked_by        VARCHAR(64),
    locked_until     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX callback_event_due ON callback_event (state, next_attempt_at);

-- The delivery log an agency reads: one row per attempt.
CREATE TABLE callback_delivery (
    id               UUID           NOT NULL PRIMARY KEY,
    event_id         UUID           NOT NULL REFERENCES callback_event (id),
    agency_id        VARCHAR(64)    NOT NULL,
    attempt          INT            NOT NULL,
    attempted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome          VARCHAR(16)    NOT NULL CHECK (outcome IN ('DELIVERED', 'RETRY', 'GAVE_UP')),
    http_status      INT,
    error            VARCHAR(300),
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    UNIQUE (event_id, attempt)
);
CREATE INDEX callback_delivery_agency ON callback_delivery (agency_id, attempted_at, id);
