-- A commission's opinions: asked of every body at once when a permit goes before the
-- commission; an opinion marked binding (the urban agency's) blocks approval when unfavourable.
ALTER TABLE case_opinions ADD COLUMN binding BOOLEAN NOT NULL DEFAULT FALSE;
