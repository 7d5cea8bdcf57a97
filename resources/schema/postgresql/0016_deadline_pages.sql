-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 16, PostgreSQL dialect. The Deadlines tab shows a page of
-- the most urgent clocks and counts all of them per group (issue #12): each
-- kind of clock is counted, and its first rows found, from one index that
-- holds its due day, a stable order after it (the row's id), and the
-- columns the tab filters by (district, clerk), so that neither reads a
-- table row per open clock (bench/RESULTS.md). The indexes the desk read
-- before gain those columns, as does the one a police check's case is
-- found by; the police checks get one. Indexes only: the
-- previous version of Ruqsat still opens the store.
-- ruqsat:min_compatible 11

DROP INDEX applications_status_due;
CREATE INDEX applications_status_due ON applications (status, decision_due_on, id, district_id, created_by);
DROP INDEX permits_status_to;
CREATE INDEX permits_status_to ON permits (status, valid_to, id, chain_start, district_id, issued_by);
DROP INDEX applications_extends;
CREATE INDEX applications_extends ON applications (extends_permit_id, status) WHERE extends_permit_id IS NOT NULL;
CREATE INDEX police_checks_open ON police_checks (answered_at, answer_due_on, id, application_id);
-- A police check's case is found by status and id with its district and clerk.
DROP INDEX applications_status_sort;
CREATE INDEX applications_status_sort ON applications (status, id, district_id, created_by);
