-- Aliases: the non-secret alias definition (targets, strategy, retry policy) as protobuf JSON.
CREATE TABLE aliases (
    name        TEXT PRIMARY KEY,
    spec_json   TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL
);

-- Per-provider timing; 0 for first_token_timeout_ms means "the provider's timeout".
ALTER TABLE providers ADD COLUMN connect_timeout_ms BIGINT NOT NULL DEFAULT 10000;
ALTER TABLE providers ADD COLUMN first_token_timeout_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE providers ADD COLUMN health_check_interval_ms BIGINT NOT NULL DEFAULT 60000;
