-- A school asks its coordinator for an exception to report after the lock (how long, why); the coordinator grants
-- it (until a day, with a reason) or not. A row may hold a request not yet granted, a grant without a request (the
-- coordinator's own), or both; granting again after a new request is on record by the times.
ALTER TABLE reporting_exception
    MODIFY COLUMN until_day DATE NULL,
    MODIFY COLUMN reason VARCHAR(2000) NULL,
    MODIFY COLUMN granted_by VARCHAR(255) NULL,
    MODIFY COLUMN granted_by_name VARCHAR(255) NULL,
    MODIFY COLUMN granted_at TIMESTAMP(3) NULL,
    ADD COLUMN requested_until DATE NULL,
    ADD COLUMN request_reason VARCHAR(2000) NULL,
    ADD COLUMN requested_by VARCHAR(255) NULL,
    ADD COLUMN requested_by_name VARCHAR(255) NULL,
    ADD COLUMN requested_at TIMESTAMP(3) NULL;

-- An entered value may be cleared (a wrong figure taken back): the value row stays with its story, its value empty.
ALTER TABLE indicator_value MODIFY COLUMN value DECIMAL(12,2) NULL;
ALTER TABLE indicator_value_change MODIFY COLUMN new_value DECIMAL(12,2) NULL;
