-- Until now, notes typed in /ailog and workflow names from `/ailog workflow add` were stored as Slack sent them,
-- with &, < and > escaped as &amp;, &lt; and &gt;. Text is now stored as the person meant it, so the rows stored
-- before are unescaped once here, ampersand last. Imported rows were never escaped and are left alone; buttons
-- carry no notes; feedback comes from a form, which Slack does not escape.
UPDATE run
SET notes = replace(replace(replace(notes, '&lt;', '<'), '&gt;', '>'), '&amp;', '&')
WHERE source = 'command' AND notes LIKE '%&%';

UPDATE workflow
SET name = replace(replace(replace(name, '&lt;', '<'), '&gt;', '>'), '&amp;', '&')
WHERE name LIKE '%&%';
