-- The tamper-evident history: each case event gets its number in the platform's one chain and
-- its chain hash when it is sealed (shortly after it is written); NULL until then.
ALTER TABLE case_events ADD COLUMN seq BIGINT;
ALTER TABLE case_events ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX case_events_seq_idx ON case_events (seq);
CREATE INDEX case_events_unsealed_idx ON case_events (id) WHERE seq IS NULL;

-- Once a day the chain's head is signed with the platform's key and kept here (and published
-- at /audit/digests, for anyone to keep a copy outside the platform).
CREATE TABLE audit_digests (
    day TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL,
    key_id TEXT NOT NULL,
    signature TEXT NOT NULL,
    signed_at BIGINT NOT NULL
);

-- When each background job last completed a pass, and on which node (for the job-lag metric).
CREATE TABLE job_runs (
    job TEXT PRIMARY KEY,
    last_at BIGINT NOT NULL,
    node_id TEXT NOT NULL
);
