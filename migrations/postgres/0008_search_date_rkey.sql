-- A patient-scoped date search checks each of the patient's resources with a correlated
-- EXISTS by rkey. With only (rkey), SQLite preferred the (param, start_at) index and
-- range-scanned every date row of the parameter per resource; (rkey, param, start_at,
-- end_at) answers the check from the index alone, and still serves deletes by rkey.
DROP INDEX search_date_rkey;
CREATE INDEX search_date_rkey ON search_date (rkey, param, start_at, end_at);

-- A search of one type sorted by key (the default) walks that type's keys in order and stops
-- at the page: without it, over a million resources, 384k rows of other types were read
-- through the primary key before the first Observation.
CREATE INDEX resource_type_rkey ON resource (resource_type, rkey);
