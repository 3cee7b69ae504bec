-- Audit trail of PHI access (FHIR AuditEvent shape): who, what, which patient, when, outcome.
-- Never holds resource content or note text.
CREATE TABLE audit_event (
    audit_id      TEXT PRIMARY KEY,
    recorded      TEXT NOT NULL,               -- RFC 3339 UTC, microseconds
    action        TEXT NOT NULL,               -- C R U D E (AuditEvent.action)
    method        TEXT NOT NULL,
    route         TEXT NOT NULL,               -- the route pattern, never the query string
    resource_type TEXT,
    resource_id   TEXT,
    patient_id    TEXT,
    subject       TEXT NOT NULL,               -- token sub ('' when unauthenticated)
    client_id     TEXT,
    issuer        TEXT,
    outcome       BIGINT NOT NULL,             -- HTTP status
    detail        TEXT
);
CREATE INDEX audit_event_patient ON audit_event (patient_id, recorded);
CREATE INDEX audit_event_recorded ON audit_event (recorded);
