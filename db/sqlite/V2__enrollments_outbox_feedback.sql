-- The feedback loop: who was trained when, every scheduled message, and "not quite right" feedback.

-- One enrollment per member; enrolling again replaces it, keeping its id so messages already sent stay sent.
CREATE TABLE enrollment (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      TEXT    NOT NULL UNIQUE,
    trained_on   TEXT    NOT NULL,  -- ISO date: day 0, in the member's zone
    workflows    TEXT    NOT NULL,  -- comma-separated workflow keys of the training
    target       INTEGER NOT NULL CHECK (target BETWEEN 1 AND 100),
    zone         TEXT    NOT NULL,  -- the member's time zone when enrolled
    enrolled_by  TEXT    NOT NULL,
    enrolled_at  INTEGER NOT NULL,  -- epoch milliseconds, UTC
    paused_until TEXT               -- ISO date, included; null when not paused
);

-- Every scheduled or queued message, exactly once: the message key says what it is
-- (e.g. checkin:12:3), so planning the same slot twice inserts nothing.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    message_key     TEXT    NOT NULL UNIQUE,
    kind            TEXT    NOT NULL,
    recipient       TEXT    NOT NULL,  -- Slack user id; the message goes to their DM
    subject         TEXT    NOT NULL,  -- what the message is about, e.g. the enrollment id or feedback id
    due_at          INTEGER NOT NULL,  -- epoch milliseconds, UTC
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'missed', 'skipped')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_at      INTEGER,
    finished_at     INTEGER,
    channel         TEXT,              -- where it was posted, for later updates
    ts              TEXT,
    note            TEXT               -- the last error, or why it was skipped or missed
);

CREATE INDEX outbox_by_status_and_next_attempt ON outbox (status, next_attempt_at);

CREATE TABLE feedback (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      TEXT    NOT NULL,
    workflow_key TEXT    NOT NULL REFERENCES workflow (key),
    edit_type    TEXT    NOT NULL CHECK (edit_type IN ('tone', 'scope', 'format', 'missing-info', 'wrong-info')),
    description  TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    fixed_in     TEXT CHECK (fixed_in IN ('context-pack', 'workflow-prompt', 'voice-guide', 'output-template', 'training')),
    fixed_by     TEXT,
    fixed_at     INTEGER
);

-- Answers to "what is in the way?" in a week without runs.
CREATE TABLE obstacle (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     TEXT    NOT NULL,
    enrollment  INTEGER NOT NULL REFERENCES enrollment (id),
    week        INTEGER NOT NULL,
    reason      TEXT    NOT NULL CHECK (reason IN ('bad-experience', 'job-security', 'creative-judgement', 'unfamiliar-tools', 'no-time')),
    answered_at INTEGER NOT NULL,
    UNIQUE (enrollment, week)
);
