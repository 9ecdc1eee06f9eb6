-- Each six-week assessment as it was given, the first time one of its DMs was composed: the bars and dates it was
-- judged by, its figures and its verdict. Both DMs and every later report read it back from here, so a new
-- AILOG_TARGET, a re-enrollment or runs logged later never rewrite a verdict already given.
CREATE TABLE assessment (
    enrollment_id    BIGINT PRIMARY KEY REFERENCES enrollment (id),
    given_at         BIGINT  NOT NULL,  -- epoch milliseconds, UTC
    due_on           TEXT    NOT NULL,  -- ISO date: day 42, in the member's zone; the report finds it by this
    target           BIGINT  NOT NULL CHECK (target BETWEEN 1 AND 100),
    runs_per_week    BIGINT  NOT NULL,
    frequency_from   TEXT    NOT NULL,  -- ISO dates, included: weeks 5–6
    frequency_to     TEXT    NOT NULL,
    quality_from     TEXT    NOT NULL,  -- weeks 3–6
    quality_to       TEXT    NOT NULL,
    expansion_from   TEXT    NOT NULL,  -- weeks 1–6
    expansion_to     TEXT    NOT NULL,
    frequency_runs   BIGINT  NOT NULL,  -- runs of trained workflows in the frequency weeks
    quality_accepted BIGINT  NOT NULL,
    quality_runs     BIGINT  NOT NULL,
    outside_trained  TEXT    NOT NULL,  -- comma-separated workflow keys run beyond the training; empty for none
    quality          TEXT    NOT NULL CHECK (quality IN ('yes', 'no', 'not-enough-runs')),
    verdict          TEXT    NOT NULL,  -- a verdict key, e.g. quality-bar-not-met
    also             TEXT    NOT NULL   -- comma-separated verdict keys of the other "no" answers; empty for none
);

CREATE INDEX assessment_by_due_on ON assessment (due_on);
