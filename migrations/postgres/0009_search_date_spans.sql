-- Date rows that span more than one UTC day (a period, a year- or month-precision date) by
-- their end: an `ap` (overlap) search reads the rows that start within its range from the
-- (param, start_at) index, and the few that start before it and reach into it from this one.
-- Without it `date=ap2020` range-scanned every date row from year 0 to 2021 (1.5 s over a
-- million resources).
CREATE INDEX search_date_spans ON search_date (param, end_at) WHERE substr(start_at, 1, 10) <> substr(end_at, 1, 10);
