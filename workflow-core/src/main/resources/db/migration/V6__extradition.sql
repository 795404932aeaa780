-- Extradition requests and the refusal grounds found for them. Personal data of the request lives
-- here, never in process variables; the processes carry only the ids.
-- Written to run unchanged on H2 2.x and PostgreSQL 14+.

CREATE TABLE extradition_request (
    id                  UUID          NOT NULL PRIMARY KEY,
    case_id             UUID          NOT NULL UNIQUE REFERENCES comity_case (id),
    legal_basis_id      VARCHAR(64)   NOT NULL,
    urgency             VARCHAR(32)   NOT NULL,
    request_json        VARCHAR(1000000) NOT NULL,
    warnings_json       VARCHAR(100000),
    submitted_by        VARCHAR(64)   NOT NULL,
    submitted_by_kind   VARCHAR(16)   NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The grounds of the last run of DMN ExtraditionRefusalGrounds for a case (hit policy COLLECT).
-- Forms read them to reject an EXTRADITABLE ruling or a grant while a mandatory ground stands.
CREATE TABLE extradition_ground (
    case_id             UUID          NOT NULL REFERENCES comity_case (id),
    ground_code         VARCHAR(8)    NOT NULL,
    mandatory           BOOLEAN       NOT NULL,
    article_reference   VARCHAR(500),
    assessed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, ground_code)
);
