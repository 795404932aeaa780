-- Extradition: extensions granted, the speciality register; repatriation: the travel document on
-- the person and route conflicts with pending extraditions. Written to run unchanged on H2 2.x and
-- PostgreSQL 14+.

-- Every extension the requesting state obtained, with the cause it gave (required for the surrender
-- window: causes beyond its control, PRC Extradition Law Art. 40). Text stays here, out of the engine.
CREATE TABLE extradition_extension (
    id                  UUID          NOT NULL PRIMARY KEY,
    case_id             UUID          NOT NULL REFERENCES comity_case (id),
    extended_window     VARCHAR(32)   NOT NULL,
    cause               VARCHAR(2000),
    requested_by        VARCHAR(64)   NOT NULL,
    requested_by_kind   VARCHAR(16)   NOT NULL,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX extradition_extension_case ON extradition_extension (case_id);
