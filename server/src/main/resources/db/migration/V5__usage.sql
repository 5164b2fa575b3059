-- The usage ledger (issue 21). Portable across SQLite and PostgreSQL like V1: times are epoch
-- milliseconds (bucket starts too), money integer nano-dollars (1e-9 USD), never floating point.

-- One row per request that reached routing, written in batches off the request path. request_id
-- is unique: a batch is one transaction, so a row is either written once or not at all. Request ids
-- begin with the time (inference/Caller), so rows append to the key's index instead of landing at
-- random in it; the only other index is time's (a member's rows are found by time, then user).
CREATE TABLE usage_records (
    request_id         TEXT PRIMARY KEY,
    time               BIGINT NOT NULL,
    user_id            TEXT,
    key_id             TEXT,
    key_prefix         TEXT,
    client_id          TEXT,
    issuer             TEXT,
    ingress            TEXT NOT NULL,
    provider           TEXT,
    model              TEXT,
    requested_model    TEXT NOT NULL,
    alias              TEXT,
    stream             BOOLEAN NOT NULL,
    status             INTEGER NOT NULL,
    error_kind         TEXT,
    prompt_tokens      BIGINT NOT NULL,
    completion_tokens  BIGINT NOT NULL,
    cached_tokens      BIGINT NOT NULL,
    cache_write_tokens BIGINT NOT NULL,
    reasoning_tokens   BIGINT NOT NULL,
    -- NULL when the model has no price; cost_note says why.
    cost_nanos         BIGINT,
    cost_note          TEXT,
    latency_ms         BIGINT NOT NULL,
    ttft_ms            BIGINT,
    attempts           INTEGER NOT NULL,
    failovers          INTEGER NOT NULL,
    -- 'reported', or 'estimated:<how>'.
    usage_source       TEXT NOT NULL,
    over_soft_limit    BOOLEAN NOT NULL
);

CREATE INDEX usage_records_time ON usage_records (time);

-- Hourly totals per (hour, user, key, provider, model, alias), maintained incrementally by the ledger writer in the same transaction as the raw
-- rows it summarises (one upsert per group per batch: value = value + excluded.value). Empty
-- string, not NULL, for an absent dimension, so that the primary key can hold it.
CREATE TABLE usage_hourly (
    bucket_start       BIGINT NOT NULL,
    user_id            TEXT NOT NULL,
    key_id             TEXT NOT NULL,
    provider           TEXT NOT NULL,
    model              TEXT NOT NULL,
    alias              TEXT NOT NULL,
    requests           BIGINT NOT NULL DEFAULT 0,
    errors             BIGINT NOT NULL DEFAULT 0,
    prompt_tokens      BIGINT NOT NULL DEFAULT 0,
    completion_tokens  BIGINT NOT NULL DEFAULT 0,
    cached_tokens      BIGINT NOT NULL DEFAULT 0,
    cache_write_tokens BIGINT NOT NULL DEFAULT 0,
    reasoning_tokens   BIGINT NOT NULL DEFAULT 0,
    cost_nanos         BIGINT NOT NULL DEFAULT 0,
    unpriced           BIGINT NOT NULL DEFAULT 0,
    estimated          BIGINT NOT NULL DEFAULT 0,
    over_soft_limit    BIGINT NOT NULL DEFAULT 0,
    latency_ms_sum     BIGINT NOT NULL DEFAULT 0,
    -- Latency histogram: lat_NN counts requests in usage/LatencyBuckets bucket NN.
    lat_00              BIGINT NOT NULL DEFAULT 0,
    lat_01              BIGINT NOT NULL DEFAULT 0,
    lat_02              BIGINT NOT NULL DEFAULT 0,
    lat_03              BIGINT NOT NULL DEFAULT 0,
    lat_04              BIGINT NOT NULL DEFAULT 0,
    lat_05              BIGINT NOT NULL DEFAULT 0,
    lat_06              BIGINT NOT NULL DEFAULT 0,
    lat_07              BIGINT NOT NULL DEFAULT 0,
    lat_08              BIGINT NOT NULL DEFAULT 0,
    lat_09              BIGINT NOT NULL DEFAULT 0,
    lat_10              BIGINT NOT NULL DEFAULT 0,
    lat_11              BIGINT NOT NULL DEFAULT 0,
    lat_12              BIGINT NOT NULL DEFAULT 0,
    lat_13              BIGINT NOT NULL DEFAULT 0,
    lat_14              BIGINT NOT NULL DEFAULT 0,
    lat_15              BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (bucket_start, user_id, key_id, provider, model, alias)
);

CREATE INDEX usage_hourly_provider ON usage_hourly (provider, bucket_start);
CREATE INDEX usage_hourly_user ON usage_hourly (user_id, bucket_start);
CREATE INDEX usage_hourly_key ON usage_hourly (key_id, bucket_start);

-- Daily totals, days in the gateway's time zone (bucket_start is that day's midnight there), maintained incrementally by the ledger writer in the same transaction as the raw
-- rows it summarises (one upsert per group per batch: value = value + excluded.value). Empty
-- string, not NULL, for an absent dimension, so that the primary key can hold it.
CREATE TABLE usage_daily (
    bucket_start       BIGINT NOT NULL,
    user_id            TEXT NOT NULL,
    key_id             TEXT NOT NULL,
    provider           TEXT NOT NULL,
    model              TEXT NOT NULL,
    alias              TEXT NOT NULL,
    requests           BIGINT NOT NULL DEFAULT 0,
    errors             BIGINT NOT NULL DEFAULT 0,
    prompt_tokens      BIGINT NOT NULL DEFAULT 0,
    completion_tokens  BIGINT NOT NULL DEFAULT 0,
    cached_tokens      BIGINT NOT NULL DEFAULT 0,
    cache_write_tokens BIGINT NOT NULL DEFAULT 0,
    reasoning_tokens   BIGINT NOT NULL DEFAULT 0,
    cost_nanos         BIGINT NOT NULL DEFAULT 0,
    unpriced           BIGINT NOT NULL DEFAULT 0,
    estimated          BIGINT NOT NULL DEFAULT 0,
    over_soft_limit    BIGINT NOT NULL DEFAULT 0,
    latency_ms_sum     BIGINT NOT NULL DEFAULT 0,
    -- Latency histogram: lat_NN counts requests in usage/LatencyBuckets bucket NN.
    lat_00              BIGINT NOT NULL DEFAULT 0,
    lat_01              BIGINT NOT NULL DEFAULT 0,
    lat_02              BIGINT NOT NULL DEFAULT 0,
    lat_03              BIGINT NOT NULL DEFAULT 0,
    lat_04              BIGINT NOT NULL DEFAULT 0,
    lat_05              BIGINT NOT NULL DEFAULT 0,
    lat_06              BIGINT NOT NULL DEFAULT 0,
    lat_07              BIGINT NOT NULL DEFAULT 0,
    lat_08              BIGINT NOT NULL DEFAULT 0,
    lat_09              BIGINT NOT NULL DEFAULT 0,
    lat_10              BIGINT NOT NULL DEFAULT 0,
    lat_11              BIGINT NOT NULL DEFAULT 0,
    lat_12              BIGINT NOT NULL DEFAULT 0,
    lat_13              BIGINT NOT NULL DEFAULT 0,
    lat_14              BIGINT NOT NULL DEFAULT 0,
    lat_15              BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (bucket_start, user_id, key_id, provider, model, alias)
);

CREATE INDEX usage_daily_provider ON usage_daily (provider, bucket_start);
CREATE INDEX usage_daily_user ON usage_daily (user_id, bucket_start);
CREATE INDEX usage_daily_key ON usage_daily (key_id, bucket_start);
