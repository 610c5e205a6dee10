-- The public statistics of complaints read every complaint and its first answer. Partial
-- indexes keep that proportional to the number of complaints, not to every case and event.
CREATE INDEX cases_complaints_idx ON cases (filed_at) WHERE procedure_id = 'complaint';
CREATE INDEX case_events_answered_idx ON case_events (case_id, at) WHERE kind = 'transition' AND to_status = 'answered';
