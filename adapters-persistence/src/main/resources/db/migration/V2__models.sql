-- Trained models, shared by every service instance. Artifact rows are immutable: written once, never updated.
CREATE TABLE models (
    workspace_id  VARCHAR(128)             NOT NULL,
    version       VARCHAR(128)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    schema_hash   VARCHAR(128)             NOT NULL,
    provenance    TEXT                     NOT NULL,
    metrics       TEXT                     NOT NULL,
    report        TEXT                     NOT NULL,
    artifact      BYTEA                    NOT NULL,
    PRIMARY KEY (workspace_id, version)
);

CREATE INDEX models_by_time ON models (workspace_id, created_at);

-- One row per workspace that has ever activated a model; locked by every activation and rollback so they
-- happen one at a time per workspace.
CREATE TABLE model_heads (
    workspace_id  VARCHAR(128) NOT NULL PRIMARY KEY
);

-- Every activation in order. The active model is the newest activation not rolled back; a rollback marks
-- that activation rolled back, so the one before it becomes active again.
CREATE TABLE model_activations (
    workspace_id  VARCHAR(128)             NOT NULL,
    seq           BIGINT                   NOT NULL,
    version       VARCHAR(128)             NOT NULL,
    activated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    rolled_back   BOOLEAN                  NOT NULL,
    PRIMARY KEY (workspace_id, seq),
    FOREIGN KEY (workspace_id, version) REFERENCES models (workspace_id, version)
);
