-- No parallel scans of features: each parallel worker is a fresh process that loads PROJ again at its first
-- ST_Transform (about 90 ms), which made a bbox query of a few milliseconds cost hundreds once the table
-- grew large enough for the planner to go parallel (measured with the features benchmark: 11 -> 509 q/s).
ALTER TABLE feature SET (parallel_workers = 0);
