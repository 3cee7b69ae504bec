-- The care team of each navigated patient (sqlite; mirrors migrations/postgres/0013_navigation_team.sql),
-- for the worklist's care-team filter: the members of the patient's active CareTeams (not
-- the patient) and the Patient's generalPractitioner, each with a readable name. Derived
-- with the navigation (replaced when it is recomputed; `rebuild` recomputes it).
CREATE TABLE navigation_team (
    patient_id TEXT NOT NULL,
    member     TEXT NOT NULL,               -- Practitioner/abc, Organization/x, CareTeam/y (or the display)
    name       TEXT NOT NULL,               -- what the worklist shows
    PRIMARY KEY (patient_id, member)
);
CREATE INDEX navigation_team_member ON navigation_team (member, patient_id);

-- Recompute every stored navigation on the next worklist read, so that the teams are filled.
DELETE FROM navigation_item;
DELETE FROM navigation_patient;
