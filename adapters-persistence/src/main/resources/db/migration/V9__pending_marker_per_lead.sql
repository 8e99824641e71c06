-- One pending-rescoring row per lead instead of one per mark. Marking a pending lead again gives its row a newer
-- number in place (seq, from a sequence, and the time of that mark), so the table holds at most one row per pending
-- lead: an import that marks the leads of each batch of events no longer grows it by one row, and one entry of the
-- by-lead index, per lead and batch (about 0.4 rows per imported event), which H2 then had to commit, write out and
-- compact at random places. A rescoring still clears a row only up to the number it read, so a mark made after the
-- read stays. marked_at is the earliest mark not known to be rescored, last_marked_at the newest. The numbers are given
-- afresh here: no rescoring holds one across the upgrade.
CREATE SEQUENCE rescoring_pending_seq;

CREATE TABLE rescoring_pending_leads (
    workspace_id   VARCHAR(128)             NOT NULL,
    lead_id        VARCHAR(128)             NOT NULL,
    seq            BIGINT                   NOT NULL,
    marked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_marked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, lead_id)
);

INSERT INTO rescoring_pending_leads (workspace_id, lead_id, seq, marked_at, last_marked_at)
SELECT workspace_id, lead_id, nextval('rescoring_pending_seq'), first_mark, last_mark
FROM (SELECT workspace_id, lead_id, MIN(marked_at) AS first_mark, MAX(marked_at) AS last_mark
      FROM rescoring_pending GROUP BY workspace_id, lead_id) marks;

DROP TABLE rescoring_pending;

ALTER TABLE rescoring_pending_leads RENAME TO rescoring_pending;
