-- The rescoring sweep reads the oldest pending marks (ORDER BY marked_at, seq LIMIT n). Without an index on marked_at
-- every sweep read and sorted the whole table: 1.7 s a sweep once an import of a million leads had marked them all.
-- On marked_at alone: marking a pending lead again changes its seq and last_marked_at but not marked_at, so re-marks
-- (one per lead and import batch) leave this index alone; the ties on marked_at are sorted by seq from the index's order.
CREATE INDEX rescoring_pending_by_mark ON rescoring_pending (marked_at);
