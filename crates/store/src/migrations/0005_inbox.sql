-- The person's inbox is the history of their cases written by others; this marks what they
-- have already seen.
ALTER TABLE users ADD COLUMN inbox_read_at BIGINT NOT NULL DEFAULT 0;
