-- The meeting of the commission a file is examined in (large projects), scheduled by the
-- urbanism service; rescheduling replaces it (the history keeps each scheduling).
CREATE TABLE commission_meetings (
    case_id TEXT PRIMARY KEY REFERENCES cases (id),
    at BIGINT NOT NULL,
    place TEXT NOT NULL,
    scheduled_by TEXT NOT NULL REFERENCES users (id),
    scheduled_at BIGINT NOT NULL
);
