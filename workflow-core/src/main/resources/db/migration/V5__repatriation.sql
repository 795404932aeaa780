-- Repatriation (police handover) of detained foreign nationals after a joint operation.
-- Persons live here, never in process variables. Written to run on H2 2.x and PostgreSQL 14+.

-- A joint operation; its id is the id of its case (comity_case) and the business key of its processes.
CREATE TABLE repatriation_operation (
    id                   UUID          NOT NULL PRIMARY KEY,
    name                 VARCHAR(200)  NOT NULL,
    holding_state        VARCHAR(2)    NOT NULL,
    receiving_state      VARCHAR(2)    NOT NULL,
    start_date           DATE          NOT NULL,
    end_date             DATE,
    created_by           VARCHAR(64)   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (holding_state <> receiving_state),
    CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE repatriation_region (
    operation_id  UUID          NOT NULL REFERENCES repatriation_operation (id),
    name          VARCHAR(100)  NOT NULL,
    PRIMARY KEY (operation_id, name)
);

CREATE TABLE repatriation_call_centre (
    id            UUID          NOT NULL PRIMARY KEY,
    operation_id  UUID          NOT NULL REFERENCES repatriation_operation (id),
    name          VARCHAR(200)  NOT NULL,
    region        VARCHAR(100)  NOT NULL,
    UNIQUE (operation_id, name),
    FOREIGN KEY (operation_id, region) REFERENCES repatriation_region (operation_id, name)
);

-- A detained person. name_key_* are the normalised names used to find duplicates (PersonKeys).
CREATE TABLE repatriation_person (
    id                    UUID          NOT NULL PRIMARY KEY,
    operation_id          UUID          NOT NULL REFERENCES repatriation_operation (id),
    name_original         VARCHAR(200),
    name_latin            VARCHAR(200)  NOT NULL,
    name_key_original     VARCHAR(200),
    name_key_latin        VARCHAR(200)  NOT NULL,
    sex                   VARCHAR(12)   NOT NULL,
    date_of_birth         DATE          NOT NULL,
    claimed_nationality   VARCHAR(2)    NOT NULL,
    call_centre_id        UUID          NOT NULL REFERENCES repatriation_call_centre (id),
    category              VARCHAR(40)   NOT NULL,
    process_instance_id   VARCHAR(64),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX repatriation_person_operation ON repatriation_person (operation_id);
CREATE INDEX repatriation_person_dob ON repatriation_person (date_of_birth);
CREATE INDEX repatriation_person_process ON repatriation_person (process_instance_id);

-- Identity documents found with a person; a document number belongs to one person only.
CREATE TABLE repatriation_person_document (
    person_id        UUID         NOT NULL REFERENCES repatriation_person (id),
    document_type    VARCHAR(24)  NOT NULL,
    document_number  VARCHAR(20)  NOT NULL UNIQUE,
    expiry_date      DATE,
    PRIMARY KEY (person_id, document_number)
);

-- A planned handover batch (flight or border crossing) and the persons it takes.
CREATE TABLE repatriation_transfer (
    id                   UUID          NOT NULL PRIMARY KEY,
    operation_id         UUID          NOT NULL REFERENCES repatriation_operation (id),
    border_point         VARCHAR(200)  NOT NULL,
    transfer_mode        VARCHAR(8)    NOT NULL CHECK (transfer_mode IN ('LAND', 'AIR')),
    capacity             INTEGER       NOT NULL CHECK (capacity > 0),
    transfer_date        DATE          NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    process_instance_id  VARCHAR(64),
    created_by           VARCHAR(64)   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX repatriation_transfer_operation ON repatriation_transfer (operation_id);

-- A person is in one transfer at a time (unique person_id); received is set by the receipt.
CREATE TABLE repatriation_transfer_person (
    transfer_id          UUID          NOT NULL REFERENCES repatriation_transfer (id),
    person_id            UUID          NOT NULL UNIQUE REFERENCES repatriation_person (id),
    received             BOOLEAN,
    discrepancy          VARCHAR(500),
    PRIMARY KEY (transfer_id, person_id)
);
