-- One row that /healthz updates through the same shared commit as every log: the health check answers "ok" only
-- when a real write commits within its budget.
CREATE TABLE health (
    id         BIGINT PRIMARY KEY CHECK (id = 1),
    checked_at BIGINT NOT NULL  -- epoch milliseconds, UTC, of the last write that committed
);

INSERT INTO health (id, checked_at) VALUES (1, 0);
