-- oncotwin raw store (SQLite). Mirrors migrations/postgres/0001_init.sql.
-- The current version of each resource; content lives in resource_version.
CREATE TABLE resource (
    rkey          TEXT PRIMARY KEY,          -- "Type/id"
    resource_type TEXT NOT NULL,
    id            TEXT NOT NULL,
    version_id    INTEGER NOT NULL,
    last_updated  TEXT NOT NULL,             -- RFC 3339 UTC, microseconds, fixed width (sorts as text)
    content_hash  TEXT NOT NULL,
    patient_id    TEXT                       -- the Patient compartment this resource belongs to
);
CREATE INDEX resource_type_updated ON resource (resource_type, last_updated);
CREATE INDEX resource_patient ON resource (patient_id, resource_type);

-- Every version ever accepted: the verbatim original (the source of truth) and the
-- resolved content served by the facade (references rewritten, id and meta set).
CREATE TABLE resource_version (
    rkey          TEXT NOT NULL,
    version_id    INTEGER NOT NULL,
    last_updated  TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    content       TEXT NOT NULL,
    original      TEXT NOT NULL,
    source        TEXT NOT NULL,
    PRIMARY KEY (rkey, version_id)
);

-- Search index of the current versions (derived; rebuilt by `oncotwin rebuild`).
CREATE TABLE search_token (
    rkey   TEXT NOT NULL,
    param  TEXT NOT NULL,
    system TEXT,
    code   TEXT NOT NULL
);
CREATE INDEX search_token_lookup ON search_token (param, code, rkey);
CREATE INDEX search_token_rkey ON search_token (rkey);

CREATE TABLE search_date (
    rkey     TEXT NOT NULL,
    param    TEXT NOT NULL,
    start_at TEXT NOT NULL,
    end_at   TEXT NOT NULL
);
CREATE INDEX search_date_lookup ON search_date (param, start_at);
CREATE INDEX search_date_rkey ON search_date (rkey);

-- Entries that could not be stored, each with the OperationOutcome that says why.
CREATE TABLE quarantine (
    qid           TEXT PRIMARY KEY,          -- hash of source location + raw text: re-sending is idempotent
    received_at   TEXT NOT NULL,
    source        TEXT NOT NULL,
    location      TEXT NOT NULL,
    resource_type TEXT,
    reason        TEXT NOT NULL,
    outcome       TEXT NOT NULL,
    raw           TEXT NOT NULL
);
CREATE INDEX quarantine_reason ON quarantine (reason);

CREATE TABLE ingest_run (
    run_id      TEXT PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    source      TEXT NOT NULL,
    received    BIGINT NOT NULL,
    created     BIGINT NOT NULL,
    updated     BIGINT NOT NULL,
    unchanged   BIGINT NOT NULL,
    quarantined BIGINT NOT NULL
);
