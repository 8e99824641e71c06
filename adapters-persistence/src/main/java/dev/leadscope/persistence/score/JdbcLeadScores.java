package dev.leadscope.persistence.score;

import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.scoring.LeadScore;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The score history in the {@code lead_scores} table; rows are only ever inserted. */
@Singleton
public class JdbcLeadScores implements LeadScores {
    private final ScoreRowRepository rows;

    JdbcLeadScores(ScoreRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public void append(LeadScore score) {
        rows.save(ScoreRow.from(score));
    }

    @Override
    public void appendAll(List<LeadScore> scores) {
        if (!scores.isEmpty()) {
            rows.saveAll(scores.stream().map(ScoreRow::from).toList());
        }
    }

    @Override
    public Optional<LeadScore> latest(WorkspaceId workspace, LeadId lead) {
        return history(workspace, lead, 1).stream().findFirst();
    }

    @Override
    public List<LeadScore> history(WorkspaceId workspace, LeadId lead, int limit) {
        return rows.findNewestFirst(workspace.value(), lead.value(), limit).stream().map(ScoreRow::toDomain).toList();
    }

    @Override
    public Page<LeadScore> ranked(WorkspaceId workspace, PageRequest page) {
        List<LeadScore> items = rows.findLatestRanked(workspace.value(), page.offset(), page.limit()).stream().map(ScoreRow::toDomain).toList();
        long total = Math.max(rows.countScoredLeads(workspace.value()), page.offset() + (long) items.size());
        return new Page<>(items, page.offset(), page.limit(), total);
    }
}
