-- Note extraction (src/notes). Mirrors migrations/postgres/0006_notes.sql.

-- The job queue: one row per note-bearing resource (DocumentReference, DiagnosticReport,
-- Composition). Ingest (re)queues a row when the resource is written; workers claim rows
-- (FOR UPDATE SKIP LOCKED on PostgreSQL), and a claim is a lease: a worker that dies leaves
-- a row whose lease expires and is claimed again. Every row ends done or dead (with a reason).
CREATE TABLE note_job (
    document      TEXT PRIMARY KEY,           -- "DocumentReference/<id>" …
    patient_id    TEXT NOT NULL,
    status        TEXT NOT NULL,              -- queued | running | done | dead
    attempts      BIGINT NOT NULL DEFAULT 0,
    run_after     TEXT NOT NULL,              -- RFC 3339 UTC: not claimed before
    lease_until   TEXT,                       -- RFC 3339 UTC: a running job's lease
    worker        TEXT,
    last_error    TEXT,                       -- why the last attempt failed (never note text)
    extractor     TEXT,                       -- rules | llm, of the last success
    events        BIGINT NOT NULL DEFAULT 0,
    rejected      BIGINT NOT NULL DEFAULT 0,
    queued_at     TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX note_job_ready ON note_job (status, run_after);
CREATE INDEX note_job_patient ON note_job (patient_id);

-- Events read from notes, replaced per document on each extraction; merged with the
-- structured timeline when it is read. body is the event as JSON (with its provenance).
CREATE TABLE note_event (
    patient_id  TEXT NOT NULL,
    event_id    TEXT NOT NULL,                -- "note:<document>#n"
    document    TEXT NOT NULL,
    category    TEXT NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    body        TEXT NOT NULL,
    PRIMARY KEY (patient_id, event_id)
);
CREATE INDEX note_event_document ON note_event (document);

-- Model answers by note hash + model + prompt version: no note is sent to a model twice.
CREATE TABLE note_llm_cache (
    cache_key   TEXT PRIMARY KEY,
    answer      TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
