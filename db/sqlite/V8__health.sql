-- One row that /healthz updates through the same shared commit as every log: the health check answers "ok" only
-- when a real write reaches the disk within its budget (a held lock, a full disk or a read-only file all fail it).
CREATE TABLE health (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at INTEGER NOT NULL  -- epoch milliseconds, UTC, of the last write that committed
);

INSERT INTO health (id, checked_at) VALUES (1, 0);
