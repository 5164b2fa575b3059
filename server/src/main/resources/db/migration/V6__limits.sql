-- Rate limits, budgets and quotas (issue 21). Portable across SQLite and PostgreSQL like V1:
-- times are epoch milliseconds, money integer nano-dollars (1e-9 USD). 0 or NULL: no limit.

-- One row per limited subject: global ('all'), user (their id), key (its id), provider (its name)
-- or model ('provider/model'). Budgets and quotas are only set on global, user and key.
CREATE TABLE limits (
    scope          TEXT NOT NULL,
    subject        TEXT NOT NULL,
    rpm            BIGINT NOT NULL DEFAULT 0,
    tpm            BIGINT NOT NULL DEFAULT 0,
    max_concurrent INTEGER NOT NULL DEFAULT 0,
    budget_nanos   BIGINT NOT NULL DEFAULT 0,
    -- 'day' or 'month' in the gateway's time zone; NULL without a budget.
    budget_period  TEXT,
    budget_soft    BOOLEAN NOT NULL DEFAULT FALSE,
    quota_requests BIGINT NOT NULL DEFAULT 0,
    quota_tokens   BIGINT NOT NULL DEFAULT 0,
    quota_period   TEXT,
    quota_soft     BOOLEAN NOT NULL DEFAULT FALSE,
    update_time    BIGINT NOT NULL,
    PRIMARY KEY (scope, subject)
);
