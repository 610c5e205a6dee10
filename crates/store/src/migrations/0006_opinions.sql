-- Opinions one administration asks of another about a case, each with its own deadline
-- (commission members on permits, the urban agency, the civil protection…).
CREATE TABLE case_opinions (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    org_id TEXT NOT NULL REFERENCES orgs (id),
    requested_by TEXT NOT NULL REFERENCES users (id),
    question TEXT NOT NULL,
    due_date TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    verdict TEXT CHECK (verdict IN ('favourable', 'reserves', 'unfavourable')),
    answer TEXT,
    answered_by TEXT REFERENCES users (id),
    answered_at BIGINT
);
CREATE INDEX case_opinions_org_idx ON case_opinions (org_id, answered_at, due_date);
CREATE INDEX case_opinions_case_idx ON case_opinions (case_id);
