-- Portable across SQLite and PostgreSQL: sealed values are base64 TEXT (BLOB and BYTEA differ),
-- times are epoch milliseconds in BIGINT.

-- Store-wide values; 'canary' holds a sealed known value that proves the keyset matches.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE providers (
    id                    TEXT PRIMARY KEY,
    name                  TEXT NOT NULL UNIQUE,
    preset                TEXT NOT NULL,
    api_format            TEXT NOT NULL,
    base_url              TEXT NOT NULL,
    -- Sealed with the id as associated data; NULL when the provider has no key.
    api_key_sealed        TEXT,
    -- Non-secret headers as a JSON object.
    headers_json          TEXT NOT NULL,
    -- Secret headers as one sealed JSON object (associated data "<id>:headers"); NULL when none.
    secret_headers_sealed TEXT,
    timeout_ms            BIGINT NOT NULL,
    enabled               BOOLEAN NOT NULL,
    create_time           BIGINT NOT NULL,
    update_time           BIGINT NOT NULL
);
