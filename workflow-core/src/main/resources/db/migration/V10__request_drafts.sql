-- Officers' drafts of new requests (the "new request" wizards, e.g. an extradition request). A
-- draft keeps what its owner has entered so far, as the wizard's JSON, so that a timed-out session
-- loses nothing; it may hold personal data of the person sought, so only its owner may read,
-- change or discard it, and it is deleted when the request is submitted.
-- Written to run unchanged on H2 2.x and PostgreSQL 14+: the JSON is stored as text because it is
-- never queried inside the database, so neither needs a vendor-specific variant.

CREATE TABLE request_draft (
    id              UUID              NOT NULL PRIMARY KEY,
    owner_id        VARCHAR(64)       NOT NULL REFERENCES comity_user (username),
    request_type    VARCHAR(32)       NOT NULL,
    current_step    VARCHAR(32)       NOT NULL,
    content_json    VARCHAR(1000000)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (updated_at >= created_at)
);

-- "My drafts": an owner's drafts, most recently changed first.
CREATE INDEX request_draft_owner ON request_draft (owner_id, updated_at);
