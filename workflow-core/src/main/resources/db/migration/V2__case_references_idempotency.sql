-- Gap-free human case references per type, requesting state and year (see CaseReferences).
CREATE TABLE case_reference_counter (
    series      VARCHAR(20) NOT NULL PRIMARY KEY,
    last_value  BIGINT      NOT NULL
);

-- Idempotency-Key of creating API calls: a repeat with the same body replays the first result,
-- a repeat with another body is refused. Written in the same transaction as what it creates.
CREATE TABLE idempotency_key (
    actor_id          VARCHAR(64)   NOT NULL,
    idempotency_key   VARCHAR(200)  NOT NULL,
    request_hash      CHAR(64)      NOT NULL,
    resource_id       VARCHAR(64),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (actor_id, idempotency_key)
);
