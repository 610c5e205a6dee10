-- The civil-status register: the acts each civil-status office (a commune's, or a consular
-- post's) holds, identified by office, year and act number, with the names in Arabic, Latin
-- and Tifinagh scripts, and the margin notes written beside them over the years.
CREATE TABLE civil_acts (
    id TEXT PRIMARY KEY,
    office_id TEXT NOT NULL REFERENCES orgs (id),
    year BIGINT NOT NULL,
    number BIGINT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('birth', 'marriage', 'divorce', 'death')),
    name_ar TEXT NOT NULL,
    name_latin TEXT,
    name_tifinagh TEXT,
    sex TEXT,
    event_date TEXT NOT NULL,
    place TEXT NOT NULL,
    father_ar TEXT,
    father_latin TEXT,
    mother_ar TEXT,
    mother_latin TEXT,
    spouse_ar TEXT,
    spouse_latin TEXT,
    idcs TEXT,
    -- Spelling-tolerant keys of the person's names, for matching an order to its act.
    name_key_ar TEXT NOT NULL,
    name_key_latin TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('import', 'transcription', 'declaration')),
    created_at BIGINT NOT NULL,
    UNIQUE (office_id, year, number)
);
CREATE INDEX civil_acts_match_idx ON civil_acts (office_id, kind, event_date);
CREATE INDEX civil_acts_idcs_idx ON civil_acts (idcs);

CREATE TABLE civil_margin_notes (
    id TEXT PRIMARY KEY,
    act_id TEXT NOT NULL REFERENCES civil_acts (id),
    kind TEXT NOT NULL CHECK (kind IN ('marriage', 'divorce', 'death', 'correction')),
    note_date TEXT NOT NULL,
    text TEXT NOT NULL,
    case_id TEXT REFERENCES cases (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX civil_margin_notes_act_idx ON civil_margin_notes (act_id, created_at);
