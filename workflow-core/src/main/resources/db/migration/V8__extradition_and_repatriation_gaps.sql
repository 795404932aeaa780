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

-- The speciality register (PRC Extradition Law Art. 14(1); UN Model Treaty Art. 14): for each
-- surrendered person the day of the surrender, the legal basis' window to leave after discharge,
-- and the offences extradition was granted for.
CREATE TABLE speciality_register (
    case_id             UUID          NOT NULL PRIMARY KEY REFERENCES comity_case (id),
    surrendered_on      DATE          NOT NULL,
    window_days         INTEGER       NOT NULL CHECK (window_days > 0),
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE speciality_offence (
    case_id             UUID          NOT NULL REFERENCES speciality_register (case_id),
    offence_index       INTEGER       NOT NULL,
    description         VARCHAR(2000) NOT NULL,
    provision           VARCHAR(500)  NOT NULL,
    date_from           DATE          NOT NULL,
    date_to             DATE          NOT NULL,
    PRIMARY KEY (case_id, offence_index)
);

-- A later proceeding for a pre-surrender offence not granted, with its basis: the requested
-- state's consent (asked, given or refused) or the facts that ended the protection.
CREATE TABLE speciality_proceeding (
    id                  UUID          NOT NULL PRIMARY KEY,
    case_id             UUID          NOT NULL REFERENCES speciality_register (case_id),
    description         VARCHAR(2000) NOT NULL,
    provision           VARCHAR(500)  NOT NULL,
    date_from           DATE          NOT NULL,
    date_to             DATE          NOT NULL,
    proceeding          VARCHAR(24)   NOT NULL,
    basis               VARCHAR(32)   NOT NULL,
    discharged_on       DATE,
    still_present_on    DATE,
    left_on             DATE,
    returned_on         DATE,
    status              VARCHAR(24)   NOT NULL,
    requested_by        VARCHAR(64)   NOT NULL,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by          VARCHAR(64),
    decided_at          TIMESTAMP WITH TIME ZONE,
    decision_reasons    VARCHAR(4000)
);
CREATE INDEX speciality_proceeding_case ON speciality_proceeding (case_id);

-- The travel document the receiving state issued to a person (Task_IssueTravelDocument), stored
-- on the person when the task is completed, for manifests and readiness checks.
ALTER TABLE repatriation_person ADD COLUMN travel_document_type VARCHAR(32);
ALTER TABLE repatriation_person ADD COLUMN travel_document_number VARCHAR(20);
ALTER TABLE repatriation_person ADD COLUMN travel_document_expiry DATE;

-- A person of a repatriation who is also sought by a pending extradition request to the holding
-- state (legal-domain.md §10 item 22). While OPEN the person is held back from any handover; a
-- supervisor of the holding state decides the route, with reasons. transfer_id names the planned
-- transfer the person was held back from, if any.
CREATE TABLE route_conflict (
    id                   UUID          NOT NULL PRIMARY KEY,
    operation_id         UUID          NOT NULL REFERENCES repatriation_operation (id),
    person_id            UUID          NOT NULL REFERENCES repatriation_person (id),
    extradition_case_id  UUID          NOT NULL REFERENCES comity_case (id),
    transfer_id          UUID          REFERENCES repatriation_transfer (id),
    status               VARCHAR(16)   NOT NULL CHECK (status IN ('OPEN', 'DECIDED')),
    decision             VARCHAR(32),
    reasons              VARCHAR(4000),
    detected_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by           VARCHAR(64),
    decided_at           TIMESTAMP WITH TIME ZONE,
    process_instance_id  VARCHAR(64),
    UNIQUE (person_id, extradition_case_id)
);
CREATE INDEX route_conflict_operation ON route_conflict (operation_id, status);
