-- Architects: an account that declared its registration number with the National Order of
-- Architects, checked once by an urbanism agent. Where the law requires an architect, only a
-- checked architect files.
CREATE TABLE architects (
    user_id TEXT PRIMARY KEY REFERENCES users (id),
    order_number TEXT NOT NULL UNIQUE,
    declared_at BIGINT NOT NULL,
    checked_by TEXT REFERENCES users (id),
    checked_at BIGINT
);
CREATE INDEX architects_pending_idx ON architects (checked_at);
