-- Topics and sub-topics of complaints, kept by administrators (seeded from
-- data/complaint-topics.toml); retired rather than deleted, so older complaints keep theirs.
CREATE TABLE complaint_topics (
    id TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES complaint_topics (id),
    name_ar TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    position BIGINT NOT NULL,
    retired_at BIGINT,
    created_at BIGINT NOT NULL
);
