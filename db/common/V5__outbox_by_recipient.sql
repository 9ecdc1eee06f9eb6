-- A check-in or weekly report reads which messages of its kind its recipient was already sent, to count the runs
-- logged late since: an index seek per message instead of a scan of the whole outbox.
CREATE INDEX outbox_by_recipient_and_kind ON outbox (recipient, kind, status);
