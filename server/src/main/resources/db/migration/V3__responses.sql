-- Stored responses (OpenAI's Responses API), per owner. The StoredResponse and its whole
-- conversation (inherited messages, this input, the answer) are protobuf bytes in base64 TEXT, as
-- BLOB and BYTEA differ; a continuation reads one row.
CREATE TABLE responses (
    id           TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    created      BIGINT NOT NULL,
    previous_id  TEXT,
    response     TEXT NOT NULL,
    conversation TEXT NOT NULL
);

CREATE INDEX responses_owner ON responses (owner);
