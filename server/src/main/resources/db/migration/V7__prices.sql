-- Price overrides per provider and model (issue 21), over the table shipped in pricing/prices.json.
-- Prices are USD per million tokens as decimal text, exact on every database; NULL means the
-- default (cached_input and cache_write: input; reasoning: output). Times are epoch milliseconds.
CREATE TABLE price_overrides (
    provider     TEXT NOT NULL,
    model        TEXT NOT NULL,
    input        TEXT NOT NULL,
    output       TEXT NOT NULL,
    cached_input TEXT,
    cache_write  TEXT,
    reasoning    TEXT,
    update_time  BIGINT NOT NULL,
    PRIMARY KEY (provider, model)
);
