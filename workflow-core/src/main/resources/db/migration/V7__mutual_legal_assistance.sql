-- Mutual legal assistance: requests, their persons concerned, the refusal grounds found and the
-- evidence items recorded on execution. Personal data lives here, never in process variables; the
-- processes carry only ids and decision values. Written to run unchanged on H2 2.x and PostgreSQL 14+.

-- A confidential MLA request restricts who may see its case to the two states' officers and
-- supervisors, the agency that submitted it and auditors (legal-domain.md §9 item 16).
ALTER TABLE comity_case ADD COLUMN restricted BOOLEAN DEFAULT FALSE NOT NULL;

-- The request as submitted, whole (request_json), with the columns the register filters on.
CREATE TABLE mla_request (
    id                  UUID          NOT NULL PRIMARY KEY,
    case_id             UUID          NOT NULL UNIQUE REFERENCES comity_case (id),
    legal_basis_id      VARCHAR(64)   NOT NULL,
    assistance_types    VARCHAR(500)  NOT NULL,
    confidential        BOOLEAN       NOT NULL,
    deadline            DATE,
    hearing_date        DATE,
    request_json        VARCHAR(1000000) NOT NULL,
    warnings_json       VARCHAR(100000),
    submitted_by        VARCHAR(64)   NOT NULL,
    submitted_by_kind   VARCHAR(16)   NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The persons a request names, one row each, so that they can be found by name across requests.
CREATE TABLE mla_person (
    request_id          UUID          NOT NULL REFERENCES mla_request (id),
    person_no           INTEGER       NOT NULL,
    person_role         VARCHAR(32)   NOT NULL,
    name_original       VARCHAR(200),
    name_latin          VARCHAR(200)  NOT NULL,
    date_of_birth       DATE,
    nationalities       VARCHAR(200)  NOT NULL,
    PRIMARY KEY (request_id, person_no)
);
CREATE INDEX mla_person_name_latin ON mla_person (name_latin);

-- The grounds of the last run of DMN MlaRefusalGrounds for a case (hit policy COLLECT). The
-- assessment form reads them to reject an acceptance while a mandatory ground stands.
CREATE TABLE mla_ground (
    case_id             UUID          NOT NULL REFERENCES comity_case (id),
    ground_code         VARCHAR(8)    NOT NULL,
    mandatory           BOOLEAN       NOT NULL,
    article_reference   VARCHAR(500),
    assessed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, ground_code)
);

-- Evidence obtained on execution, each item with the SHA-256 of its content, as listed in the
-- execution report; the requesting state recomputes the digests on receipt (chain of custody).
CREATE TABLE mla_evidence_item (
    case_id             UUID          NOT NULL REFERENCES comity_case (id),
    item_no             INTEGER       NOT NULL,
    description         VARCHAR(2000) NOT NULL,
    source              VARCHAR(500)  NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    recorded_by         VARCHAR(64)   NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, item_no)
);
