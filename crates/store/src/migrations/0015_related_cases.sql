-- A request about another of the same person's requests (a complaint about it).
ALTER TABLE cases ADD COLUMN related_case_id TEXT REFERENCES cases (id);
CREATE INDEX cases_related_idx ON cases (related_case_id);
