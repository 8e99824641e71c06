package dev.leadscope.persistence.security;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.out.ApiKeys;
import dev.leadscope.domain.security.ApiKey;
import dev.leadscope.domain.security.ApiKeyId;
import dev.leadscope.domain.security.Role;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** API keys in the {@code api_keys} table. */
@Singleton
public class JdbcApiKeys implements ApiKeys {
    private static final String COLUMNS = "workspace_id, id, name, role, secret_hash, created_at, expires_at, revoked_at, last_used_at";

    private final TransactionOperations<Connection> tx;

    JdbcApiKeys(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    @Override
    public void insert(ApiKey key) {
        tx.executeWrite(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement("INSERT INTO api_keys (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, key.workspace().value());
                s.setString(2, key.id().value());
                s.setString(3, key.name());
                s.setString(4, key.role().name());
                s.setString(5, key.secretHash());
                s.setObject(6, time(key.createdAt()));
                s.setObject(7, time(key.expiresAt()));
                s.setObject(8, time(key.revokedAt()));
                s.setObject(9, time(key.lastUsedAt()));
                s.executeUpdate();
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store API key " + key.id() + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public Optional<ApiKey> find(ApiKeyId id) {
        return tx.executeRead(status -> query(status.getConnection(), "SELECT " + COLUMNS + " FROM api_keys WHERE id = ?", id.value()))
                .stream().findFirst();
    }

    @Override
    public List<ApiKey> list(WorkspaceId workspace) {
        return tx.executeRead(status -> query(status.getConnection(), "SELECT " + COLUMNS
                + " FROM api_keys WHERE workspace_id = ? ORDER BY created_at, id", workspace.value()));
    }

    @Override
    public boolean revoke(WorkspaceId workspace, ApiKeyId id, Instant at) {
        return tx.executeWrite(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement("UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?)"
                    + " WHERE workspace_id = ? AND id = ?")) {
                s.setObject(1, time(at));
                s.setString(2, workspace.value());
                s.setString(3, id.value());
                return s.executeUpdate() > 0;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot revoke API key " + id + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public void touch(ApiKeyId id, Instant at) {
        tx.executeWrite(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement("UPDATE api_keys SET last_used_at = ? WHERE id = ?")) {
                s.setObject(1, time(at));
                s.setString(2, id.value());
                return s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot record the use of API key " + id + ": " + e.getMessage(), e);
            }
        });
    }

    private static List<ApiKey> query(Connection c, String sql, String parameter) {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<ApiKey> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new ApiKey(new WorkspaceId(rs.getString(1)), new ApiKeyId(rs.getString(2)), rs.getString(3),
                            Role.valueOf(rs.getString(4)), rs.getString(5), instant(rs, 6), instant(rs, 7), instant(rs, 8), instant(rs, 9)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read API keys: " + e.getMessage(), e);
        }
    }

    static OffsetDateTime time(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
