-- Scores read a lead's events by (workspace, lead) and need only their id, type, category and time; they read an
-- account's intent by (workspace, account). Both tables' rows lie in the order they were stored, nearly in time order
-- across every lead and account, so reading one lead's events through the old (workspace_id, lead_id, occurred_at)
-- index, or one account's intent through the key, fetched one table page per row, and H2 decodes a page whole: a bulk
-- rescoring spent most of its time decoding other leads' rows. With the columns read in the index itself, a lead's
-- events and an account's intent are a few adjacent index entries, read without touching the table. An event's
-- properties (free text) stay out of the index; no score reads them.
DROP INDEX activity_events_by_lead_time;
CREATE INDEX activity_events_by_lead_time ON activity_events (workspace_id, lead_id, occurred_at, id, type, category);
CREATE INDEX intent_signals_by_account ON intent_signals (workspace_id, account_id, week_start, topic, score, provider);
