-- The workflow catalog and every logged AI workflow run.
CREATE TABLE workflow (
    key       TEXT    NOT NULL PRIMARY KEY,
    name      TEXT    NOT NULL,
    added_by  TEXT    NOT NULL,
    added_at  INTEGER NOT NULL  -- epoch milliseconds, UTC
);

CREATE TABLE run (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      TEXT    NOT NULL,
    workflow_key TEXT    NOT NULL REFERENCES workflow (key),
    outcome      TEXT    NOT NULL CHECK (outcome IN ('as-is', 'light-edit', 'heavy-edit', 'not-used')),
    edit_type    TEXT             CHECK (edit_type IN ('tone', 'scope', 'format', 'missing-info', 'wrong-info')),
    run_date     TEXT    NOT NULL, -- ISO date in the member's own time zone
    notes        TEXT    NOT NULL DEFAULT '',
    logged_at    INTEGER NOT NULL, -- epoch milliseconds, UTC
    source       TEXT    NOT NULL CHECK (source IN ('command', 'button', 'import')),
    request_key  TEXT UNIQUE       -- one run per quick-log card or button press, whatever Slack re-sends
);

CREATE INDEX run_by_user_and_date ON run (user_id, run_date);
CREATE INDEX run_by_user_and_logged_at ON run (user_id, logged_at);
CREATE INDEX run_by_date ON run (run_date);
