-- Each enrollment is now its own row: enrolling someone again starts a new enrollment and ends the one it replaces.
-- A member has at most one active enrollment. (PostgreSQL alters the table in place; SQLite rebuilds it.)
ALTER TABLE enrollment DROP CONSTRAINT enrollment_user_id_key;
ALTER TABLE enrollment ADD COLUMN ended_at BIGINT;    -- epoch milliseconds, UTC; null while active
ALTER TABLE enrollment ADD COLUMN ended_by TEXT;      -- who ended it
ALTER TABLE enrollment ADD COLUMN replaced_by BIGINT REFERENCES enrollment (id);  -- the enrollment that took its place

CREATE UNIQUE INDEX enrollment_active_per_member ON enrollment (user_id) WHERE ended_at IS NULL;

INSERT INTO outbox (message_key, kind, recipient, subject, due_at, status, next_attempt_at, finished_at, note)
SELECT 'welcome:' || id, 'welcome', user_id, CAST(id AS TEXT), enrolled_at, 'skipped', enrolled_at, enrolled_at,
       'enrolled before ailog sent welcomes'
FROM enrollment
ON CONFLICT (message_key) DO NOTHING;
