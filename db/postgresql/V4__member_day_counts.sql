-- Runs per member, day and outcome, kept by triggers in the same transaction as every change to run, so the reply
-- to each log reads a few rows for the week instead of counting every run the member logged in it.
CREATE TABLE member_day_count (
    user_id  TEXT   NOT NULL,
    run_date TEXT   NOT NULL,
    outcome  TEXT   NOT NULL,
    runs     BIGINT NOT NULL CHECK (runs > 0),
    PRIMARY KEY (user_id, run_date, outcome)
);

INSERT INTO member_day_count (user_id, run_date, outcome, runs)
SELECT user_id, run_date, outcome, count(*) FROM run GROUP BY user_id, run_date, outcome;

CREATE FUNCTION member_day_count_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO member_day_count (user_id, run_date, outcome, runs)
    VALUES (new.user_id, new.run_date, new.outcome, 1)
    ON CONFLICT (user_id, run_date, outcome) DO UPDATE SET runs = member_day_count.runs + 1;
    RETURN NULL;
END $$;

CREATE FUNCTION member_day_count_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM member_day_count
    WHERE user_id = old.user_id AND run_date = old.run_date AND outcome = old.outcome AND runs = 1;
    UPDATE member_day_count SET runs = runs - 1
    WHERE user_id = old.user_id AND run_date = old.run_date AND outcome = old.outcome;
    RETURN NULL;
END $$;

-- the same names as SQLite's triggers, so an import can set run_counted aside on either database
CREATE TRIGGER run_counted AFTER INSERT ON run
    FOR EACH ROW EXECUTE FUNCTION member_day_count_add();

CREATE TRIGGER run_uncounted AFTER DELETE ON run
    FOR EACH ROW EXECUTE FUNCTION member_day_count_remove();

-- ailog never changes a stored run, but a hand edit must not leave the counts behind.
CREATE TRIGGER run_recounted_old AFTER UPDATE OF user_id, run_date, outcome ON run
    FOR EACH ROW EXECUTE FUNCTION member_day_count_remove();

CREATE TRIGGER run_recounted_new AFTER UPDATE OF user_id, run_date, outcome ON run
    FOR EACH ROW EXECUTE FUNCTION member_day_count_add();
