-- The agents' inbox filtered by procedure (and status), newest first: found through an index however many
-- requests the commune has (infra/bench/run requests measures it with 100,000).
CREATE INDEX request_by_procedure ON request (procedure_id, submitted_at DESC);
CREATE INDEX request_by_procedure_status ON request (procedure_id, status, submitted_at DESC);
