-- EHR pulls (src/connector). Mirrors migrations/postgres/0003_sync.sql.
-- One row per EHR and target (a patient, a group, or the whole population): when the last
-- successful pull started by the EHR's clock, which the next incremental pull asks from
-- (`_since` for Bulk Data, `_lastUpdated=gt…` for searches). Counts only, never content.
CREATE TABLE ehr_sync (
    ehr_base     TEXT NOT NULL,              -- the EHR's FHIR base URL
    target       TEXT NOT NULL,              -- "Patient/<id>", "Group/<id>" or "Patient" (all patients)
    since        TEXT NOT NULL,              -- RFC 3339: the EHR's time when the last successful pull started
    finished_at  TEXT NOT NULL,              -- RFC 3339 UTC, our clock
    mode         TEXT NOT NULL,              -- everything | search | bulk
    received     BIGINT NOT NULL,
    created      BIGINT NOT NULL,
    updated      BIGINT NOT NULL,
    unchanged    BIGINT NOT NULL,
    quarantined  BIGINT NOT NULL,
    PRIMARY KEY (ehr_base, target)
);
