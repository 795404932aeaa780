-- Finding tasks by a person's name (TaskFilter.person). Repatriated persons already carry their
-- normalised names (repatriation_person.name_key_*); the person sought by an extradition request
-- gets them here, one row for the name and one per alias, normalised the same way (PersonKeys),
-- so that the task list never reads the stored request. The indexes are per database (V9_1).
-- Written to run unchanged on H2 2.x and PostgreSQL 14+.

CREATE TABLE extradition_subject_name (
    case_id             UUID          NOT NULL REFERENCES comity_case (id),
    ordinal             INTEGER       NOT NULL,
    name_key_original   VARCHAR(200),
    name_key_latin      VARCHAR(200)  NOT NULL,
    PRIMARY KEY (case_id, ordinal)
);
