-- A draft may be the amendment of a returned request rather than a new request: it then names the
-- case whose request it corrects, and submitting it amends that case's request instead of opening a
-- case. One amendment draft per officer and case (the officer resumes it rather than starting over).
-- Written to run unchanged on H2 2.x and PostgreSQL 14+.

ALTER TABLE request_draft ADD COLUMN amends_case_id UUID REFERENCES comity_case (id);

CREATE INDEX request_draft_amendment ON request_draft (owner_id, amends_case_id);
