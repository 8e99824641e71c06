-- Trained account models, kept apart from the lead models (V2) so that activating one kind never changes the
-- other. Same shape and rules: artifact rows are immutable; the head row is locked by every activation and
-- rollback; the active model is the newest activation not rolled back.
CREATE TABLE account_models (
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

CREATE INDEX account_models_by_time ON account_models (workspace_id, created_at);

CREATE TABLE account_model_heads (
    workspace_id  VARCHAR(128) NOT NULL PRIMARY KEY
);

CREATE TABLE account_model_activations (
    workspace_id  VARCHAR(128)             NOT NULL,
    seq           BIGINT                   NOT NULL,
    version       VARCHAR(128)             NOT NULL,
    activated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    rolled_back   BOOLEAN                  NOT NULL,
    PRIMARY KEY (workspace_id, seq),
    FOREIGN KEY (workspace_id, version) REFERENCES account_models (workspace_id, version)
);
