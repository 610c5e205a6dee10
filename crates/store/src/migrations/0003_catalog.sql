-- Every version of every procedure the platform has served, as filed: a case pins one, and a
-- new version never changes the cases filed under an older one.
CREATE TABLE procedure_versions (
    procedure_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    content_hash TEXT NOT NULL,
    source TEXT NOT NULL,
    first_seen_at BIGINT NOT NULL,
    PRIMARY KEY (procedure_id, version)
);

-- Public holidays, kept by administrators; seeded for the current and the next year.
CREATE TABLE holidays (
    day TEXT PRIMARY KEY,
    name_ar TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    religious BOOLEAN NOT NULL,
    provisional BOOLEAN NOT NULL,
    updated_at BIGINT NOT NULL
);
