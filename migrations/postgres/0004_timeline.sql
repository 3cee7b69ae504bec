-- Clinical-history twin (postgres). Mirrors migrations/sqlite/0002_timeline.sql.
-- Derived data: rebuilt from the raw store by `oncotwin rebuild`.

-- Timeline events, one row per event; body is the event as JSON.
CREATE TABLE timeline_event (
    patient_id  TEXT NOT NULL,
    event_id    TEXT NOT NULL,               -- "Type/id" or "Type/id#n"
    source_rkey TEXT NOT NULL,               -- the resource it was read from
    category    TEXT NOT NULL,
    start_date  TEXT NOT NULL,               -- YYYY-MM-DD
    end_date    TEXT NOT NULL,               -- YYYY-MM-DD (= start_date for a point event)
    body        TEXT NOT NULL,
    PRIMARY KEY (patient_id, event_id)
);
CREATE INDEX timeline_event_source ON timeline_event (source_rkey);
CREATE INDEX timeline_event_dates ON timeline_event (patient_id, start_date);

-- Per patient: regimens, lines of therapy and radiotherapy courses derived from the events.
CREATE TABLE timeline_patient (
    patient_id  TEXT PRIMARY KEY,
    computed_at TEXT NOT NULL,               -- RFC 3339 UTC
    derived     TEXT NOT NULL
);
