-- The member index grows to cover what the report and every log reply count (workflow, outcome, edit type), so
-- SQLite answers them from the index alone and walks members in order instead of sorting a quarter's runs.
DROP INDEX run_by_user_and_date;
CREATE INDEX run_by_user_and_date ON run (user_id, run_date, workflow_key, outcome, edit_type);
