-- The provincial cell's coordination requests: asked of the administration handling a case,
-- with their own deadline, like an opinion, and answered the same way (kind 'coordination',
-- answered done, scheduled or not possible; the asking administration, the cell, is kept since
-- it is not the case's). Rebuilt portably (SQLite cannot change a CHECK constraint).
CREATE TABLE case_opinions_v3 (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    org_id TEXT NOT NULL REFERENCES orgs (id),
    requested_by TEXT REFERENCES users (id),
    question TEXT NOT NULL,
    due_date TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    verdict TEXT,
    answer TEXT,
    answered_by TEXT REFERENCES users (id),
    answered_at BIGINT,
    kind TEXT NOT NULL DEFAULT 'opinion' CHECK (kind IN ('opinion', 'coordination')),
    asker_org_id TEXT REFERENCES orgs (id),
    CHECK (verdict IS NULL
        OR (kind = 'opinion' AND verdict IN ('favourable', 'reserves', 'unfavourable'))
        OR (kind = 'coordination' AND verdict IN ('done', 'scheduled', 'not-possible')))
);
INSERT INTO case_opinions_v3 (id, case_id, org_id, requested_by, question, due_date, requested_at, verdict, answer, answered_by, answered_at)
    SELECT id, case_id, org_id, requested_by, question, due_date, requested_at, verdict, answer, answered_by, answered_at FROM case_opinions;
DROP TABLE case_opinions;
ALTER TABLE case_opinions_v3 RENAME TO case_opinions;
CREATE INDEX case_opinions_org_idx ON case_opinions (org_id, answered_at, due_date);
CREATE INDEX case_opinions_case_idx ON case_opinions (case_id);
