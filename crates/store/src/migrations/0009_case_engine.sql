-- A procedure version pins the workflow it was served with, so a workflow changed later never
-- changes the cases filed under the older version (rows recorded before this keep NULL until
-- the next start fills them with the workflow they were served with).
ALTER TABLE procedure_versions ADD COLUMN workflow_hash TEXT;
ALTER TABLE procedure_versions ADD COLUMN workflow_source TEXT;

-- The person a mandated representative files for (the account that filed is then the
-- representative); NULL when the account holder files for themselves or their minor child.
ALTER TABLE cases ADD COLUMN represented_name TEXT;
