-- What a reviewer needs to see what changed in a returned request, and the person's name for the
-- task list. Written to run unchanged on H2 2.x and PostgreSQL 14+.

-- Every version of a request as it stood: version 1 as submitted, one more each time the requesting
-- officer amends a returned request. A reviewer is shown the difference between the version they
-- returned and the one now in force (issue 12: "what changed since you last saw it").
CREATE TABLE request_version (
    case_id             UUID          NOT NULL REFERENCES comity_case (id),
    version_no          INTEGER       NOT NULL,
    request_json        VARCHAR(1000000) NOT NULL,
    stored_by           VARCHAR(64)   NOT NULL,
    stored_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, version_no)
);

-- The person sought, as the task list names them (both scripts), so that a page of tasks is named
-- in one query without reading the stored request. Requests stored before this column existed show
-- no name in the list; their task pages still show the whole request.
ALTER TABLE extradition_request ADD COLUMN person_name_original VARCHAR(200);
ALTER TABLE extradition_request ADD COLUMN person_name_latin VARCHAR(200);
