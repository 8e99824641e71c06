package dev.leadscope.ml.service;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.fixtures.InMemoryPendingRescoring;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.rescoring.BulkChunks;
import dev.leadscope.domain.scoring.LeadScore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores every lead of a workspace as a bulk rescoring does: chunk by chunk, each chunk's history read once. */
final class ChunkedBulkScoring {
    private ChunkedBulkScoring() {
    }

    /** Each lead's bulk score, in the order the chunks gave them; {@code chunks} hears each chunk's size. */
    static Map<LeadId, LeadScore> everyLead(LeadScoringService scoring, StoredData data, WorkspaceId workspace, int size,
                                            List<Integer> chunks) {
        BulkChunks all = new BulkChunks(new BulkChunks.Stores(data.leads(), data.accounts(), data.events(), data.notes(),
                data.outcomes(), data.intent(), new InMemoryPendingRescoring()), workspace, size);
        Map<LeadId, LeadScore> out = new LinkedHashMap<>();
        for (BulkChunks.Chunk chunk = all.next(); chunk != null; chunk = all.next()) {
            List<LeadScore> scores = scoring.scoreRead(workspace, chunk.read());
            scores.forEach(s -> out.put(s.leadId(), s));
            chunks.add(scores.size());
        }
        return out;
    }
}
