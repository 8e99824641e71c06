-- Bulk and real-time rescoring store a score's probability and tier without its reasons (the TreeSHAP contributions
-- were most of a bulk rescoring's model time); the reasons are computed where a score is shown and filled in then,
-- once. NULL reasons mean "not computed", which is not the same as '[]' (computed: no reason was strong enough).
-- Both columns are NULL together or not at all. Existing rows all have their reasons.
ALTER TABLE lead_scores ALTER COLUMN positive_reasons DROP NOT NULL;
ALTER TABLE lead_scores ALTER COLUMN negative_reasons DROP NOT NULL;
ALTER TABLE lead_scores ADD CONSTRAINT lead_scores_reasons_together
    CHECK ((positive_reasons IS NULL AND negative_reasons IS NULL) OR (positive_reasons IS NOT NULL AND negative_reasons IS NOT NULL));
