-- Care-navigation twin (sqlite). Mirrors migrations/postgres/0007_navigation.sql.
-- Derived data: a per-patient summary of the navigation (gaps and due steps), so a page of
-- the navigators' worklist is one indexed query. Recomputed when the patient's timeline
-- changes (timeline_patient.computed_at moves on) and daily (the as-of date moves on).

CREATE TABLE navigation_patient (
    patient_id           TEXT PRIMARY KEY,
    timeline_computed_at TEXT NOT NULL,      -- the timeline_patient.computed_at it was computed from
    as_of                TEXT NOT NULL,      -- YYYY-MM-DD the navigation was computed as of
    computed_at          TEXT NOT NULL       -- RFC 3339 UTC
);

-- One row per work item: a gap (overdue_step, missing_workup, stale_fact) or a step due
-- later (upcoming_step, an overdue_step once its due date has passed).
CREATE TABLE navigation_item (
    patient_id TEXT NOT NULL,
    item_no    INTEGER NOT NULL,
    pathway    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    due        TEXT NOT NULL,                -- YYYY-MM-DD
    severity   TEXT NOT NULL,
    summary    TEXT NOT NULL,
    body       TEXT NOT NULL,                -- the item as JSON
    PRIMARY KEY (patient_id, item_no)
);
CREATE INDEX navigation_item_due ON navigation_item (due, patient_id, item_no);
CREATE INDEX navigation_item_pathway_due ON navigation_item (pathway, due);
CREATE INDEX navigation_item_kind_due ON navigation_item (kind, due);
