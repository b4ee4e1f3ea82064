-- As for the shared layers (territoire V103): a parallel worker loads PROJ again at its first ST_Transform,
-- which costs far more than the scans it would share.
ALTER TABLE feature SET (parallel_workers = 0);
