-- Each enrollment is now its own row: enrolling someone again starts a new enrollment with a new id, so its
-- messages get new keys and are all sent, and ends the one it replaces, whose messages already sent stay sent and
-- whose others are never sent. An owner can also end an enrollment. A member has at most one active enrollment.
-- SQLite cannot drop the UNIQUE on user_id in place, so the table is rebuilt, keeping every id so the outbox keys
-- (checkin:<id>:<week> …) stay valid. obstacle refers to enrollment, so it is rebuilt beside it: the old tables
-- are dropped once nothing refers to them, inside this migration's transaction, with foreign keys still enforced.
CREATE TABLE enrollment_v7 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      TEXT    NOT NULL,
    trained_on   TEXT    NOT NULL,  -- ISO date: day 0, in the member's zone
    workflows    TEXT    NOT NULL,  -- comma-separated workflow keys of the training
    target       INTEGER NOT NULL CHECK (target BETWEEN 1 AND 100),
    zone         TEXT    NOT NULL,  -- the member's time zone when enrolled
    enrolled_by  TEXT    NOT NULL,
    enrolled_at  INTEGER NOT NULL,  -- epoch milliseconds, UTC; messages due before this are skipped, not sent late
    paused_until TEXT,              -- ISO date, included; null when not paused
    ended_at     INTEGER,           -- epoch milliseconds, UTC; null while active
    ended_by     TEXT,              -- who ended it: the owner who unenrolled or enrolled the member again
    replaced_by  INTEGER REFERENCES enrollment_v7 (id)  -- the enrollment that took its place, if any
);

INSERT INTO enrollment_v7 (id, user_id, trained_on, workflows, target, zone, enrolled_by, enrolled_at, paused_until)
SELECT id, user_id, trained_on, workflows, target, zone, enrolled_by, enrolled_at, paused_until FROM enrollment;

CREATE TABLE obstacle_v7 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     TEXT    NOT NULL,
    enrollment  INTEGER NOT NULL REFERENCES enrollment_v7 (id),
    week        INTEGER NOT NULL,
    reason      TEXT    NOT NULL CHECK (reason IN ('bad-experience', 'job-security', 'creative-judgement', 'unfamiliar-tools', 'no-time')),
    answered_at INTEGER NOT NULL,
    UNIQUE (enrollment, week)
);

INSERT INTO obstacle_v7 SELECT id, user_id, enrollment, week, reason, answered_at FROM obstacle;

DROP TABLE obstacle;
DROP TABLE enrollment;
-- renaming rewrites the references to it (obstacle_v7.enrollment, enrollment.replaced_by)
ALTER TABLE enrollment_v7 RENAME TO enrollment;
ALTER TABLE obstacle_v7 RENAME TO obstacle;

CREATE UNIQUE INDEX enrollment_active_per_member ON enrollment (user_id) WHERE ended_at IS NULL;

-- Members enrolled before welcomes existed are well into their schedule: their welcome is recorded as skipped
-- rather than sent out of the blue.
INSERT INTO outbox (message_key, kind, recipient, subject, due_at, status, next_attempt_at, finished_at, note)
SELECT 'welcome:' || id, 'welcome', user_id, CAST(id AS TEXT), enrolled_at, 'skipped', enrolled_at, enrolled_at,
       'enrolled before ailog sent welcomes'
FROM enrollment
WHERE true
ON CONFLICT (message_key) DO NOTHING;
