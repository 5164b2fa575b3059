-- Identity and access (issue 20). Portable across SQLite and PostgreSQL like V1: times are epoch
-- milliseconds, hashes hex TEXT, lists and maps JSON TEXT.

-- People and service accounts. The bootstrap user 'admin' is who the admin key acts as; stored
-- responses written before this migration already carry its id as their owner.
CREATE TABLE users (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    email       TEXT,
    role        TEXT NOT NULL,
    disabled    BOOLEAN NOT NULL,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL
);

INSERT INTO users (id, name, email, role, disabled, create_time, update_time)
VALUES ('admin', 'admin', NULL, 'admin', FALSE, 0, 0);

-- Client API keys: only HMAC-SHA-256 of the key under the keyset's MAC key (hex) is kept, with
-- the visible prefix and last four characters for recognition.
CREATE TABLE api_keys (
    id             TEXT PRIMARY KEY,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    prefix         TEXT NOT NULL,
    last4          TEXT NOT NULL,
    hash           TEXT NOT NULL UNIQUE,
    -- JSON array of exact names and "<provider>/*" patterns; [] allows everything the user may.
    allowed_models TEXT NOT NULL,
    expire_time    BIGINT,
    last_used_time BIGINT,
    revoke_time    BIGINT,
    create_time    BIGINT NOT NULL
);

CREATE INDEX api_keys_user ON api_keys (user_id);

-- OAuth2 clients of the client_credentials grant; the secret kept as a keyed hash like API keys.
CREATE TABLE oauth_clients (
    client_id    TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    secret_hash  TEXT NOT NULL,
    secret_last4 TEXT NOT NULL,
    disabled     BOOLEAN NOT NULL,
    create_time  BIGINT NOT NULL,
    update_time  BIGINT NOT NULL
);

-- Refresh tokens (keyed hash), in families: a rotated token has used_time set; presenting it
-- again revokes its whole family.
CREATE TABLE refresh_tokens (
    hash        TEXT PRIMARY KEY,
    family_id   TEXT NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- What the family was exchanged from: "api_key:<key id>" or "issuer:<name>".
    subject     TEXT NOT NULL,
    expire_time BIGINT NOT NULL,
    used_time   BIGINT,
    revoke_time BIGINT,
    create_time BIGINT NOT NULL
);

CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);

-- External identity providers: the Issuer proto as JSON (no secret in it).
CREATE TABLE issuers (
    name        TEXT PRIMARY KEY,
    spec_json   TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL
);

-- The audit log, hash-chained: hash = SHA-256(prev_hash || canonical bytes of the entry). The
-- unique prev_hash makes a fork impossible: two writers racing for one link, one fails.
CREATE TABLE audit_log (
    seq          BIGINT PRIMARY KEY,
    time         BIGINT NOT NULL,
    actor        TEXT NOT NULL,
    credential   TEXT NOT NULL,
    source       TEXT NOT NULL,
    action       TEXT NOT NULL,
    resource     TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    changes_json TEXT NOT NULL,
    prev_hash    TEXT NOT NULL UNIQUE,
    hash         TEXT NOT NULL
);

CREATE INDEX audit_log_time ON audit_log (time);

-- Owners: NULL is shared (made by an admin or operator); deleting a user deletes what they own.
ALTER TABLE providers ADD COLUMN owner_id TEXT REFERENCES users (id) ON DELETE CASCADE;
-- Providers made before this migration were made with the admin key: they keep reaching local
-- and private addresses as they did.
ALTER TABLE providers ADD COLUMN allow_private_network BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE providers ADD COLUMN ca_bundle TEXT;
ALTER TABLE aliases ADD COLUMN owner_id TEXT REFERENCES users (id) ON DELETE CASCADE;
