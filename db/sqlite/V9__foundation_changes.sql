-- Changes to a workflow's foundations, each a record of its own so acceptance before and after it can be shown.
CREATE TABLE foundation_change (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    workflow_key TEXT    NOT NULL REFERENCES workflow (key),
    foundation   TEXT    NOT NULL CHECK (foundation IN ('context-pack', 'workflow-prompt', 'voice-guide', 'output-template', 'training')),
    description  TEXT    NOT NULL,  -- what changed, as the owner meant it
    author       TEXT    NOT NULL,  -- Slack user id of the owner who made it
    changed_at   INTEGER NOT NULL,  -- epoch milliseconds, UTC: runs logged from here on, on its day, count "after"
    changed_on   TEXT    NOT NULL,  -- ISO date in the author's zone: the day split by changed_at
    feedback_id  INTEGER REFERENCES feedback (id)  -- the feedback whose Fixed button recorded it, if any
);

CREATE INDEX foundation_change_by_workflow ON foundation_change (workflow_key, changed_at);

-- The members whose open feedback a change addressed: told when it was recorded, and again once its effect is clear.
CREATE TABLE foundation_change_reporter (
    change_id INTEGER NOT NULL REFERENCES foundation_change (id),
    user_id   TEXT    NOT NULL,
    PRIMARY KEY (change_id, user_id)
);
