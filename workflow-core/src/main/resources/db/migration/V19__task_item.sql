-- The task list's read model (TaskItems): one row per open user task and candidate group, kept
-- exact in the engine's own transactions by a task listener on every user task (create, assignment,
-- update, complete, delete) and reconciled with the engine's tables at every start (so a database of
-- an earlier version is filled then). The list, its counts and the visibility check of a task read
-- these rows by index instead of joining ACT_RU_TASK to ACT_RU_IDENTITYLINK over every open task.
-- due_order is the due date, or 9999-12-31 for a task without one: "most urgent first, undated last"
-- and "overdue" are then plain index ranges on H2 and PostgreSQL alike (no NULLS LAST to honour).
-- Written to run unchanged on H2 2.x and PostgreSQL 14+.

CREATE TABLE task_item (
    task_id              VARCHAR(64)   NOT NULL,
    candidate_group      VARCHAR(255)  NOT NULL,
    process_instance_id  VARCHAR(64),
    task_key             VARCHAR(255),
    name                 VARCHAR(255),
    assignee             VARCHAR(255),
    due_date             TIMESTAMP,
    due_order            TIMESTAMP     NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    PRIMARY KEY (task_id, candidate_group)
);

-- the default order (TaskSort.DUE), "overdue" and "due within", and the count of all
CREATE INDEX task_item_due ON task_item (candidate_group, due_order, created_at, task_id);
-- newest first (TaskSort.CREATED)
CREATE INDEX task_item_created ON task_item (candidate_group, created_at, task_id);
-- "mine" and "unclaimed" and their counts
CREATE INDEX task_item_assignee ON task_item (candidate_group, assignee, due_order, created_at, task_id);
-- one kind of task (a bulk completion's filter), most urgent first
CREATE INDEX task_item_kind ON task_item (candidate_group, task_key, due_order, created_at, task_id);
-- a case's or a person's tasks
CREATE INDEX task_item_instance ON task_item (process_instance_id);
