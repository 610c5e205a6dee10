-- The queue of open cases, most urgent first, without a sort: only open cases are indexed.
CREATE INDEX cases_open_queue_idx ON cases (org_id, due_date, id)
    WHERE phase IN ('received', 'in-progress', 'waiting-for-you');
-- Overdue and due-soon filters: cases whose clock runs, by due date.
CREATE INDEX cases_running_queue_idx ON cases (org_id, due_date, id)
    WHERE phase IN ('received', 'in-progress');
