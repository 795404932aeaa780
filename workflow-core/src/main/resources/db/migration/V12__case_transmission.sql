-- When a case reached the other party (DESIGN.md section 7: the other party sees a case from its
-- transmission on). NULL while the requesting state still deliberates (drafting, four-eyes review).
-- Set once, by the first message that starts the other side's process (an extradition or MLA
-- request, or a provisional-arrest request ahead of the formal one), or at opening for a joint
-- repatriation operation. Rows from before this migration: an operation was joint from its opening;
-- any other case that left SUBMITTED had been sent, at the latest by its last change. A provisional
-- arrest request sent before this migration while its formal request was still in review stays
-- unmarked (no portable way to read the engine's history here); it is marked when the formal
-- request is sent.
ALTER TABLE comity_case ADD COLUMN transmitted_at TIMESTAMP WITH TIME ZONE;
UPDATE comity_case SET transmitted_at = created_at WHERE case_type = 'REPATRIATION';
UPDATE comity_case SET transmitted_at = updated_at WHERE case_type <> 'REPATRIATION' AND status <> 'SUBMITTED';
