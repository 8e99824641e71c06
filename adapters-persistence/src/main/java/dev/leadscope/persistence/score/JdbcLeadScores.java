package dev.leadscope.persistence.score;

import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.lead.LeadId;
import dev.leadscope.domain.port.out.LeadScores;
import dev.leadscope.domain.scoring.ConversionProbability;
import dev.leadscope.domain.scoring.LeadScore;
import dev.leadscope.persistence.support.JsonColumns;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The score history in the {@code lead_scores} table; rows are only ever inserted, except that the reasons of a row
 * stored without them (NULL) are filled in once.
 */
@Singleton
public class JdbcLeadScores implements LeadScores {
    /** Each lead's latest probability through the (workspace_id, lead_id, scored_at DESC, id DESC) index. */
    private static final String LATEST_PROBABILITY = "SELECT probability FROM lead_scores WHERE workspace_id = ? AND lead_id = ?"
            + " ORDER BY scored_at DESC, id DESC LIMIT 1";

    /**
     * Fills in a score's reasons through the (workspace_id, lead_id, scored_at DESC, id DESC) index, only while they are
     * not computed: a second writer of the same score's reasons changes nothing.
     */
    private static final String STORE_REASONS = "UPDATE lead_scores SET positive_reasons = ?, negative_reasons = ?"
            + " WHERE workspace_id = ? AND lead_id = ? AND scored_at = ? AND model_version = ? AND positive_reasons IS NULL";

    private static final String APPEND = "INSERT INTO lead_scores (workspace_id, lead_id, probability, fit, engagement, tier,"
            + " positive_reasons, negative_reasons, model_version, scored_at, horizon_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1000;

    private final ScoreRowRepository rows;
    private final TransactionOperations<Connection> tx;

    JdbcLeadScores(ScoreRowRepository rows, TransactionOperations<Connection> tx) {
        this.rows = rows;
        this.tx = tx;
    }

    @Override
    public void append(LeadScore score) {
        rows.save(ScoreRow.from(score));
    }

    /**
     * One JDBC batch in one transaction, in the list's order (the ids the database assigns follow it): the repository's
     * save went through the entity mapper and its own statement per row, more than the insert itself on a bulk rescoring.
     */
    @Override
    public void appendAll(List<LeadScore> scores) {
        if (scores.isEmpty()) {
            return;
        }
        tx.executeWrite(status -> {
            try (PreparedStatement insert = status.getConnection().prepareStatement(APPEND)) {
                int n = 0;
                for (LeadScore s : scores) {
                    ScoreRow row = ScoreRow.from(s);
                    insert.setString(1, row.workspaceId());
                    insert.setString(2, row.leadId());
                    insert.setDouble(3, row.probability());
                    insert.setObject(4, row.fit(), Types.DOUBLE);
                    insert.setObject(5, row.engagement(), Types.DOUBLE);
                    insert.setString(6, row.tier());
                    insert.setString(7, row.positiveReasons());
                    insert.setString(8, row.negativeReasons());
                    insert.setString(9, row.modelVersion());
                    insert.setObject(10, OffsetDateTime.ofInstant(row.scoredAt(), ZoneOffset.UTC));
                    insert.setInt(11, row.horizonDays());
                    insert.addBatch();
                    if (++n % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                if (n % BATCH != 0) {
                    insert.executeBatch();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("appending " + scores.size() + " scores failed: " + e.getMessage(), e);
            }
            return null;
        });
    }

    @Override
    public void storeReasons(List<LeadScore> scores) {
        for (LeadScore s : scores) {
            if (!s.reasonsComputed()) {
                throw new IllegalArgumentException("reasons to store must be computed: lead " + s.leadId().value() + " at " + s.scoredAt());
            }
        }
        if (scores.isEmpty()) {
            return;
        }
        tx.executeWrite(status -> {
            try (PreparedStatement update = status.getConnection().prepareStatement(STORE_REASONS)) {
                for (LeadScore s : scores) {
                    update.setString(1, JsonColumns.reasons(s.positiveReasons()));
                    update.setString(2, JsonColumns.reasons(s.negativeReasons()));
                    update.setString(3, s.workspace().value());
                    update.setString(4, s.leadId().value());
                    update.setObject(5, OffsetDateTime.ofInstant(s.scoredAt(), ZoneOffset.UTC));
                    update.setString(6, s.modelVersion().value());
                    update.addBatch();
                }
                update.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("storing the reasons of " + scores.size() + " scores failed: " + e.getMessage(), e);
            }
            return null;
        });
    }

    @Override
    public Optional<LeadScore> latest(WorkspaceId workspace, LeadId lead) {
        return history(workspace, lead, 1).stream().findFirst();
    }

    /**
     * One read transaction and one prepared statement for all the leads, each looked up by the index: neither an IN
     * list nor a joined VALUES list is answered through the index reliably by H2 (see {@code StoredIds#rowsBy}), and
     * only the probability is read, not the reasons.
     */
    @Override
    public Map<LeadId, ConversionProbability> latestProbabilities(WorkspaceId workspace, Collection<LeadId> leads) {
        List<LeadId> distinct = leads.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        Map<LeadId, ConversionProbability> out = new HashMap<>();
        tx.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(LATEST_PROBABILITY)) {
                select.setString(1, workspace.value());
                for (LeadId lead : distinct) {
                    select.setString(2, lead.value());
                    try (ResultSet rs = select.executeQuery()) {
                        if (rs.next()) {
                            out.put(lead, new ConversionProbability(rs.getDouble(1)));
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("reading the latest scores of " + distinct.size() + " leads failed: " + e.getMessage(), e);
            }
            return null;
        });
        return out;
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
