-- An event's fingerprint is a digest of the columns stored beside it (lead, type, category, time, properties), so it is
-- computed from them when a duplicate id is checked instead of being stored: 32 characters less to write, commit and
-- serialize per event, which is most of an import's work per row.
ALTER TABLE activity_events DROP COLUMN fingerprint;
