-- Medical-necessity twin (sqlite). Mirrors migrations/postgres/0005_necessity.sql.

-- Every decision, kept for audit: the inputs' hash, the pathway versions, each leaf's result
-- (in body, the decision as JSON) and the time taken.
CREATE TABLE necessity_decision (
    id              TEXT PRIMARY KEY,
    patient_id      TEXT NOT NULL,
    created_at      TEXT NOT NULL,           -- RFC 3339 UTC
    as_of           TEXT NOT NULL,           -- YYYY-MM-DD
    service_system  TEXT NOT NULL,
    service_code    TEXT NOT NULL,
    outcome         TEXT NOT NULL,           -- supported | needs-documentation | refer-to-reviewer
    inputs_hash     TEXT NOT NULL,
    pathway_version TEXT NOT NULL,
    elapsed_us      BIGINT NOT NULL,
    origin          TEXT NOT NULL,           -- api | cli | order-sign | order-select | pas
    body            TEXT NOT NULL
);
CREATE INDEX necessity_decision_patient ON necessity_decision (patient_id, created_at);

-- CDS Hooks feedback on cards (accepted / overridden, with the override reason).
CREATE TABLE cds_feedback (
    id          TEXT PRIMARY KEY,
    service_id  TEXT NOT NULL,
    card_uuid   TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    body        TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX cds_feedback_card ON cds_feedback (card_uuid);

-- Da Vinci PAS: each submitted Claim and the ClaimResponse returned, for $inquire.
CREATE TABLE pas_claim (
    id            TEXT PRIMARY KEY,        -- the ClaimResponse id
    identifier    TEXT NOT NULL,           -- the Claim's identifier (system|value), or its id
    patient_id    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    claim         TEXT NOT NULL,
    response      TEXT NOT NULL
);
CREATE INDEX pas_claim_identifier ON pas_claim (identifier);
