-- Runs per member, day and outcome, kept by triggers in the same transaction as every change to run, so the reply
-- to each log reads a few rows for the week instead of counting every run the member logged in it.
CREATE TABLE member_day_count (
    user_id  TEXT    NOT NULL,
    run_date TEXT    NOT NULL,
    outcome  TEXT    NOT NULL,
    runs     INTEGER NOT NULL CHECK (runs > 0),
    PRIMARY KEY (user_id, run_date, outcome)
) WITHOUT ROWID;

INSERT INTO member_day_count (user_id, run_date, outcome, runs)
SELECT user_id, run_date, outcome, count(*) FROM run GROUP BY user_id, run_date, outcome;

CREATE TRIGGER run_counted AFTER INSERT ON run
BEGIN
    INSERT INTO member_day_count (user_id, run_date, outcome, runs)
    VALUES (new.user_id, new.run_date, new.outcome, 1)
    ON CONFLICT (user_id, run_date, outcome) DO UPDATE SET runs = runs + 1;
END;

CREATE TRIGGER run_uncounted AFTER DELETE ON run
BEGIN
    DELETE FROM member_day_count
    WHERE user_id = old.user_id AND run_date = old.run_date AND outcome = old.outcome AND runs = 1;
    UPDATE member_day_count SET runs = runs - 1
    WHERE user_id = old.user_id AND run_date = old.run_date AND outcome = old.outcome;
END;

-- ailog never changes a stored run, but a hand edit of the file must not leave the counts behind.
CREATE TRIGGER run_recounted AFTER UPDATE OF user_id, run_date, outcome ON run
BEGIN
    DELETE FROM member_day_count
    WHERE user_id = old.user_id AND run_date = old.run_date AND outcome = old.outcome AND runs = 1;
    UPDATE member_day_count SET runs = runs - 1
    WHERE user_id = old.user_id AND run_date = old.run_date AND outcome = old.outcome;
    INSERT INTO member_day_count (user_id, run_date, outcome, runs)
    VALUES (new.user_id, new.run_date, new.outcome, 1)
    ON CONFLICT (user_id, run_date, outcome) DO UPDATE SET runs = runs + 1;
END;
