-- Care gaps a navigator marked as addressed (postgres; mirrors migrations/sqlite/0010_navigation_addressed.sql).
-- A work item is named by a key that survives recomputation (pathway, kind, steps, facts and
-- due date: the same gap keeps its key, a gap that comes back later gets a new one). The
-- mark is the navigator's record, not derived data: `rebuild` keeps it.

ALTER TABLE navigation_item ADD COLUMN gap_key TEXT NOT NULL DEFAULT '';

CREATE TABLE navigation_addressed (
    patient_id   TEXT NOT NULL,
    gap_key      TEXT NOT NULL,
    pathway      TEXT NOT NULL,
    kind         TEXT NOT NULL,
    summary      TEXT NOT NULL,              -- the gap as the navigator saw it
    note         TEXT NOT NULL,              -- what was done (free text)
    addressed_by TEXT NOT NULL,              -- the signed-in user (token subject)
    addressed_at TEXT NOT NULL,              -- RFC 3339 UTC
    PRIMARY KEY (patient_id, gap_key)
);
CREATE INDEX navigation_addressed_at ON navigation_addressed (addressed_at);

-- Every stored navigation predates the key: recompute everyone on the next worklist read.
DELETE FROM navigation_item;
DELETE FROM navigation_patient;
