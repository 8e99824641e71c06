package dev.leadscope.persistence.webhook;

import dev.leadscope.domain.common.Page;
import dev.leadscope.domain.common.PageRequest;
import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.WebhookDeliveries;
import dev.leadscope.domain.webhook.Delivery;
import dev.leadscope.domain.webhook.DeliveryAttempt;
import dev.leadscope.domain.webhook.DeliveryClaim;
import dev.leadscope.domain.webhook.DeliveryId;
import dev.leadscope.domain.webhook.DeliveryStatus;
import dev.leadscope.domain.webhook.WebhookId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The webhook outbox in {@code webhook_deliveries} and its log in {@code webhook_attempts}. A claim is a conditional
 * update of one row in its own short transaction, so two instances racing for a row cannot both win it.
 */
@Singleton
public class JdbcWebhookDeliveries implements WebhookDeliveries {
    private static final String COLUMNS = "id, workspace_id, webhook_id, event, idempotency_key, body, status, attempts, next_attempt_at,"
            + " created_at, last_attempt_at";
    private static final String FREE = "status = 'PENDING' AND (lease_until IS NULL OR lease_until <= ?)";

    private final TransactionOperations<Connection> tx;

    JdbcWebhookDeliveries(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    @Override
    public void enqueue(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        tx.executeWrite(status -> {
            for (Delivery d : deliveries) {
                Sql.update(status.getConnection(), "INSERT INTO webhook_deliveries (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        d.id().value(), d.workspace().value(), d.webhook().value(), d.event(), d.idempotencyKey(), d.body(), d.status().name(),
                        d.attempts(), d.nextAttemptAt(), d.createdAt(), d.lastAttemptAt());
            }
            return null;
        });
    }

    @Override
    public List<DeliveryClaim> claimDue(String token, Instant now, Duration lease, int limit) {
        List<String> candidates = tx.executeRead(status -> Sql.query(status.getConnection(), "SELECT id FROM webhook_deliveries WHERE "
                + FREE + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?", rs -> rs.getString(1), now, now, limit));
        List<DeliveryClaim> claims = new ArrayList<>();
        for (String id : candidates) {
            claimRow(id, "AND next_attempt_at <= ?", token, now, lease, now).ifPresent(claims::add);
        }
        return claims;
    }

    @Override
    public Optional<DeliveryClaim> claim(WorkspaceId workspace, DeliveryId id, String token, Instant now, Duration lease) {
        return claimRow(id.value(), "AND workspace_id = ?", token, now, lease, workspace.value());
    }

    private Optional<DeliveryClaim> claimRow(String id, String condition, String token, Instant now, Duration lease, Object conditionValue) {
        Instant until = now.plus(lease);
        return tx.executeWrite(status -> {
            int won = Sql.update(status.getConnection(), "UPDATE webhook_deliveries SET lease_token = ?, lease_until = ? WHERE id = ? AND " + FREE
                    + " " + condition, token, until, id, now, conditionValue);
            if (won == 0) {
                return Optional.<DeliveryClaim>empty();
            }
            return Sql.query(status.getConnection(), "SELECT " + COLUMNS + " FROM webhook_deliveries WHERE id = ?", JdbcWebhookDeliveries::row, id)
                    .stream().findFirst().map(d -> new DeliveryClaim(d, token, until));
        });
    }

    @Override
    public boolean complete(DeliveryClaim claim, DeliveryAttempt a, Delivery next) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            int held = Sql.update(c, "UPDATE webhook_deliveries SET status = ?, attempts = ?, next_attempt_at = ?, last_attempt_at = ?,"
                    + " lease_token = NULL, lease_until = NULL WHERE id = ? AND lease_token = ?", next.status().name(), next.attempts(),
                    next.nextAttemptAt(), next.lastAttemptAt(), next.id().value(), claim.token());
            if (held == 0) {
                return false;
            }
            Sql.update(c, "INSERT INTO webhook_attempts (delivery_id, number, at, status_code, error, duration_ms, outcome, next_attempt_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", a.delivery().value(), a.number(), a.at(), a.statusCode(), a.error(), a.durationMillis(),
                    a.outcome().name(), a.nextAttemptAt());
            return true;
        });
    }

    @Override
    public Optional<Delivery> find(WorkspaceId workspace, DeliveryId id) {
        return tx.executeRead(status -> Sql.query(status.getConnection(), "SELECT " + COLUMNS
                + " FROM webhook_deliveries WHERE workspace_id = ? AND id = ?", JdbcWebhookDeliveries::row, workspace.value(), id.value()))
                .stream().findFirst();
    }

    @Override
    public Page<Delivery> list(WorkspaceId workspace, WebhookId webhook, PageRequest page) {
        return tx.executeRead(status -> {
            Connection c = status.getConnection();
            long total = Sql.query(c, "SELECT COUNT(*) FROM webhook_deliveries WHERE workspace_id = ? AND webhook_id = ?", rs -> rs.getLong(1),
                    workspace.value(), webhook.value()).get(0);
            List<Delivery> items = Sql.query(c, "SELECT " + COLUMNS + " FROM webhook_deliveries WHERE workspace_id = ? AND webhook_id = ?"
                    + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", JdbcWebhookDeliveries::row, workspace.value(), webhook.value(),
                    page.limit(), page.offset());
            return new Page<>(items, page.offset(), page.limit(), total);
        });
    }

    @Override
    public List<DeliveryAttempt> attempts(WorkspaceId workspace, DeliveryId id) {
        return tx.executeRead(status -> Sql.query(status.getConnection(), "SELECT a.number, a.at, a.status_code, a.error, a.duration_ms, a.outcome,"
                + " a.next_attempt_at FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id"
                + " WHERE d.workspace_id = ? AND a.delivery_id = ? ORDER BY a.seq", rs -> new DeliveryAttempt(id, rs.getInt("number"),
                Sql.instant(rs, "at"), Sql.integer(rs, "status_code"), rs.getString("error"), rs.getLong("duration_ms"),
                DeliveryStatus.valueOf(rs.getString("outcome")), Sql.instant(rs, "next_attempt_at")), workspace.value(), id.value()));
    }

    @Override
    public boolean requeue(WorkspaceId workspace, DeliveryId id, Instant now) {
        return tx.executeWrite(status -> Sql.update(status.getConnection(), "UPDATE webhook_deliveries SET status = 'PENDING', attempts = 0,"
                + " next_attempt_at = ?, lease_token = NULL, lease_until = NULL WHERE workspace_id = ? AND id = ? AND status <> 'PENDING'",
                now, workspace.value(), id.value())) > 0;
    }

    @Override
    public int deleteFor(WorkspaceId workspace, WebhookId webhook) {
        return tx.executeWrite(status -> Sql.update(status.getConnection(), "DELETE FROM webhook_deliveries WHERE workspace_id = ? AND webhook_id = ?",
                workspace.value(), webhook.value()));
    }

    @Override
    public int prune(Instant before) {
        return tx.executeWrite(status -> Sql.update(status.getConnection(), "DELETE FROM webhook_deliveries WHERE status <> 'PENDING'"
                + " AND COALESCE(last_attempt_at, created_at) < ?", before));
    }

    @Override
    public long pendingCount() {
        return tx.executeRead(status -> Sql.query(status.getConnection(), "SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'PENDING'",
                rs -> rs.getLong(1))).get(0);
    }

    private static Delivery row(ResultSet rs) throws SQLException {
        return new Delivery(new WorkspaceId(rs.getString("workspace_id")), new DeliveryId(rs.getString("id")), new WebhookId(rs.getString("webhook_id")),
                rs.getString("event"), rs.getString("idempotency_key"), rs.getString("body"), DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), Sql.instant(rs, "next_attempt_at"), Sql.instant(rs, "created_at"), Sql.instant(rs, "last_attempt_at"));
    }
}
