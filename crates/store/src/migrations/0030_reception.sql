-- The reception desk of the provincial cell: tickets for walk-in visitors, numbered per day,
-- by service, MRE card holders' tickets called first; a ticket is called once, by one counter,
-- then served or absent. The day's numbers come from one counter row per desk and day.
CREATE TABLE reception_counters (
    org_id TEXT NOT NULL REFERENCES orgs (id),
    day TEXT NOT NULL,
    last BIGINT NOT NULL,
    PRIMARY KEY (org_id, day)
);
CREATE TABLE reception_tickets (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id),
    day TEXT NOT NULL,
    number BIGINT NOT NULL,
    service TEXT NOT NULL,
    priority BOOLEAN NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'served', 'absent')),
    counter TEXT,
    issued_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    called_at BIGINT,
    done_at BIGINT,
    UNIQUE (org_id, day, number)
);
CREATE INDEX reception_tickets_waiting_idx ON reception_tickets (org_id, day, status, priority, number);
