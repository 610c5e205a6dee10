-- Fast-lane cases first within the same due date: the queue's order is (due date, queue key),
-- the queue key being '0' for a case in the fast lane ('1' otherwise) followed by its id. It
-- is written with the flags (filing, every change of flags), so keyset pagination and the
-- indexes follow it with no sort.
ALTER TABLE cases ADD COLUMN queue_key TEXT NOT NULL DEFAULT '';
UPDATE cases SET queue_key = CASE WHEN (',' || flags || ',') LIKE '%,fast-lane,%' THEN '0' ELSE '1' END || id;

DROP INDEX cases_open_queue_idx;
DROP INDEX cases_running_queue_idx;
DROP INDEX cases_queue_idx;
DROP INDEX cases_flag_escalated_idx;
DROP INDEX cases_flag_fast_lane_idx;
DROP INDEX cases_flag_possible_duplicate_idx;
DROP INDEX cases_flag_awaiting_payment_idx;

CREATE INDEX cases_queue_idx ON cases (org_id, due_date, queue_key);
CREATE INDEX cases_open_queue_idx ON cases (org_id, due_date, queue_key)
    WHERE phase IN ('received', 'in-progress', 'waiting-for-you');
CREATE INDEX cases_running_queue_idx ON cases (org_id, due_date, queue_key)
    WHERE phase IN ('received', 'in-progress');
CREATE INDEX cases_flag_escalated_idx ON cases (org_id, due_date, queue_key)
    WHERE phase IN ('received', 'in-progress', 'waiting-for-you') AND (',' || flags || ',') LIKE '%,escalated,%';
CREATE INDEX cases_flag_fast_lane_idx ON cases (org_id, due_date, queue_key)
    WHERE phase IN ('received', 'in-progress', 'waiting-for-you') AND (',' || flags || ',') LIKE '%,fast-lane,%';
CREATE INDEX cases_flag_possible_duplicate_idx ON cases (org_id, due_date, queue_key)
    WHERE phase IN ('received', 'in-progress', 'waiting-for-you') AND (',' || flags || ',') LIKE '%,possible-duplicate,%';
CREATE INDEX cases_flag_awaiting_payment_idx ON cases (org_id, due_date, queue_key)
    WHERE phase IN ('received', 'in-progress', 'waiting-for-you') AND (',' || flags || ',') LIKE '%,awaiting-payment,%';
