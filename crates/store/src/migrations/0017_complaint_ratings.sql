-- How the person rated the answer to their complaint (1 to 5), with an optional comment.
CREATE TABLE complaint_ratings (
    case_id TEXT PRIMARY KEY REFERENCES cases (id),
    stars BIGINT NOT NULL CHECK (stars BETWEEN 1 AND 5),
    comment TEXT,
    rated_at BIGINT NOT NULL
);
CREATE INDEX cases_status_idx ON cases (status, id);
