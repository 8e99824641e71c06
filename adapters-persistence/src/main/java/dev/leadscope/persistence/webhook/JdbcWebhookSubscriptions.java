package dev.leadscope.persistence.webhook;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.notify.NotificationKind;
import dev.leadscope.domain.port.out.WebhookSubscriptions;
import dev.leadscope.domain.webhook.WebhookId;
import dev.leadscope.domain.webhook.WebhookSubscription;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Webhook subscriptions in the {@code webhook_subscriptions} table, secrets sealed by the {@link SecretSealer}. */
@Singleton
public class JdbcWebhookSubscriptions implements WebhookSubscriptions {
    private static final String COLUMNS = "id, workspace_id, url, secret, kinds, description, active, created_at, updated_at";

    private final TransactionOperations<Connection> tx;
    private final SecretSealer sealer;

    JdbcWebhookSubscriptions(TransactionOperations<Connection> tx, SecretSealer sealer) {
        this.tx = tx;
        this.sealer = sealer;
    }

    @Override
    public void insert(WebhookSubscription s) {
        tx.executeWrite(status -> Sql.update(status.getConnection(), "INSERT INTO webhook_subscriptions (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id().value(), s.workspace().value(), s.url().toString(), sealer.seal(s.secret()),
                kinds(s.kinds()), s.description(), s.active(), s.createdAt(), s.updatedAt()));
    }

    @Override
    public boolean update(WebhookSubscription s) {
        return tx.executeWrite(status -> Sql.update(status.getConnection(), "UPDATE webhook_subscriptions SET url = ?, secret = ?, kinds = ?,"
                + " description = ?, active = ?, updated_at = ? WHERE workspace_id = ? AND id = ?", s.url().toString(), sealer.seal(s.secret()),
                kinds(s.kinds()), s.description(), s.active(), s.updatedAt(), s.workspace().value(), s.id().value())) > 0;
    }

    @Override
    public Optional<WebhookSubscription> find(WorkspaceId workspace, WebhookId id) {
        return tx.executeRead(status -> Sql.query(status.getConnection(), "SELECT " + COLUMNS
                + " FROM webhook_subscriptions WHERE workspace_id = ? AND id = ?", this::row, workspace.value(), id.value())).stream().findFirst();
    }

    @Override
    public List<WebhookSubscription> list(WorkspaceId workspace) {
        return tx.executeRead(status -> Sql.query(status.getConnection(), "SELECT " + COLUMNS
                + " FROM webhook_subscriptions WHERE workspace_id = ? ORDER BY created_at, id", this::row, workspace.value()));
    }

    @Override
    public List<WebhookSubscription> activeFor(WorkspaceId workspace, NotificationKind kind) {
        // few subscriptions per workspace: filter the kinds here rather than match inside a delimited column
        return tx.executeRead(status -> Sql.query(status.getConnection(), "SELECT " + COLUMNS
                + " FROM webhook_subscriptions WHERE workspace_id = ? AND active = TRUE ORDER BY created_at, id", this::row, workspace.value()))
                .stream().filter(s -> s.wants(kind)).toList();
    }

    @Override
    public boolean delete(WorkspaceId workspace, WebhookId id) {
        return tx.executeWrite(status -> Sql.update(status.getConnection(), "DELETE FROM webhook_subscriptions WHERE workspace_id = ? AND id = ?",
                workspace.value(), id.value())) > 0;
    }

    private WebhookSubscription row(ResultSet rs) throws SQLException {
        Set<NotificationKind> kinds = Arrays.stream(rs.getString("kinds").split(",")).map(NotificationKind::fromWire)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NotificationKind.class)));
        return new WebhookSubscription(new WorkspaceId(rs.getString("workspace_id")), new WebhookId(rs.getString("id")), URI.create(rs.getString("url")),
                sealer.open(rs.getString("secret")), kinds, rs.getString("description"), rs.getBoolean("active"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"));
    }

    private static String kinds(Set<NotificationKind> kinds) {
        return EnumSet.copyOf(kinds).stream().map(NotificationKind::wireName).collect(Collectors.joining(","));
    }
}
