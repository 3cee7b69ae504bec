-- Reviewer determinations and the expedited decision clock (sqlite; mirrors migrations/postgres/0012_determination.sql).
-- The twin recommends (supported, needs documentation, refer to a reviewer) and never denies;
-- a human reviewer may approve, pend for documentation or deny. Each determination is the
-- reviewer's signed record (who, when, why), kept beside the decision and never derived
-- from it: every one is kept (the latest is in force), `rebuild` keeps them.

-- A request marked urgent (PAS Claim.priority stat, an order's priority urgent/asap/stat,
-- the API's `expedited`) is due in 72 hours instead of 7 calendar days.
ALTER TABLE necessity_decision ADD COLUMN expedited INTEGER NOT NULL DEFAULT 0;

CREATE TABLE necessity_determination (
    id               TEXT PRIMARY KEY,
    decision_id      TEXT NOT NULL,
    patient_id       TEXT NOT NULL,
    service_system   TEXT NOT NULL,
    service_code     TEXT NOT NULL,
    claim_identifier TEXT NOT NULL,          -- the PAS Claim the decision answered ('' if none)
    claim_item       INTEGER NOT NULL,        -- that Claim's item (its sequence; 0 if none)
    determination    TEXT NOT NULL,          -- approved | pended | denied
    reason           TEXT NOT NULL,
    reviewer         TEXT NOT NULL,          -- the signed-in user (token subject)
    recorded_at      TEXT NOT NULL           -- RFC 3339 UTC
);
CREATE INDEX necessity_determination_decision ON necessity_determination (decision_id, recorded_at);
CREATE INDEX necessity_determination_claim ON necessity_determination (claim_identifier, recorded_at);
