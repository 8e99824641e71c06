package dev.leadscope.persistence.model;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.port.in.AlreadyExistsException;
import dev.leadscope.domain.port.in.ModelNotFoundException;
import dev.leadscope.domain.port.out.ModelRegistry;
import dev.leadscope.domain.scoring.ModelArtifact;
import dev.leadscope.domain.scoring.ModelInfo;
import dev.leadscope.domain.scoring.ModelVersion;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
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

/**
 * The model registry in the {@code models}, {@code model_heads} and {@code model_activations} tables. Activation
 * and rollback run in one transaction each, holding the workspace's head row locked, so they apply one at a
 * time and readers see the active model before or after, never in between.
 */
@Singleton
public class JdbcModelRegistry implements ModelRegistry {
    private static final String INFO_COLUMNS = "workspace_id, version, created_at, schema_hash, provenance, metrics";

    private final TransactionOperations<Connection> tx;
    private final ModelTables tables;

    @Inject
    JdbcModelRegistry(TransactionOperations<Connection> tx) {
        this(tx, ModelTables.LEAD);
    }

    /** A registry in other tables of the same shape (account models). */
    JdbcModelRegistry(TransactionOperations<Connection> tx, ModelTables tables) {
        this.tx = tx;
        this.tables = tables;
    }

    @Override
    public void save(ModelArtifact artifact) {
        ModelInfo info = artifact.info();
        tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM " + tables.models() + " WHERE workspace_id = ? AND version = ?")) {
                exists.setString(1, info.workspace().value());
                exists.setString(2, info.version().value());
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        throw new AlreadyExistsException("model", info.version().value());
                    }
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.models() + " (" + INFO_COLUMNS
                        + ", report, artifact) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, info.workspace().value());
                    insert.setString(2, info.version().value());
                    insert.setObject(3, OffsetDateTime.ofInstant(info.createdAt(), ZoneOffset.UTC));
                    insert.setString(4, info.schemaHash());
                    insert.setString(5, ModelJson.write(info.provenance()));
                    insert.setString(6, ModelJson.write(info.metrics()));
                    insert.setString(7, artifact.report());
                    insert.setBytes(8, artifact.bytes());
                    insert.executeUpdate();
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store model " + info.version() + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public List<ModelInfo> list(WorkspaceId workspace) {
        return tx.executeRead(status -> query(status.getConnection(), "SELECT " + INFO_COLUMNS
                + " FROM " + tables.models() + " WHERE workspace_id = ? ORDER BY created_at DESC, version DESC", workspace.value()));
    }

    @Override
    public Optional<ModelInfo> info(WorkspaceId workspace, ModelVersion version) {
        return tx.executeRead(status -> query(status.getConnection(), "SELECT " + INFO_COLUMNS
                + " FROM " + tables.models() + " WHERE workspace_id = ? AND version = ?", workspace.value(), version.value()))
                .stream().findFirst();
    }

    @Override
    public Optional<ModelArtifact> load(WorkspaceId workspace, ModelVersion version) {
        return tx.executeRead(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement("SELECT " + INFO_COLUMNS
                    + ", report, artifact FROM " + tables.models() + " WHERE workspace_id = ? AND version = ?")) {
                s.setString(1, workspace.value());
                s.setString(2, version.value());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new ModelArtifact(info(rs), rs.getBytes(8), rs.getString(7))) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read model " + version + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public Optional<ModelVersion> active(WorkspaceId workspace) {
        return tx.executeRead(status -> Activations.active(status.getConnection(), tables, workspace.value()));
    }

    @Override
    public void activate(WorkspaceId workspace, ModelVersion version) {
        if (info(workspace, version).isEmpty()) {
            throw new ModelNotFoundException(version);
        }
        tx.executeWrite(status -> {
            Activations.activate(status.getConnection(), tables, workspace.value(), version.value(), Instant.now());
            return null;
        });
    }

    @Override
    public ModelVersion rollback(WorkspaceId workspace) {
        return tx.executeWrite(status -> new ModelVersion(Activations.rollback(status.getConnection(), tables, workspace.value())));
    }

    private static List<ModelInfo> query(Connection c, String sql, String... args) {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            List<ModelInfo> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(info(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read models: " + e.getMessage(), e);
        }
    }

    private static ModelInfo info(ResultSet rs) throws SQLException {
        return new ModelInfo(new WorkspaceId(rs.getString(1)), new ModelVersion(rs.getString(2)),
                rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), ModelJson.strings(rs.getString(5)),
                ModelJson.numbers(rs.getString(6)));
    }
}
