-- The prior-authorization desk lists decisions newest first, across patients.
CREATE INDEX necessity_decision_created ON necessity_decision (created_at);
