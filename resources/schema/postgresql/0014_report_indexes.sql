-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 14, PostgreSQL dialect. The reports (issue #12) count
-- each kind of act over a period, grouped, in the database: each reads an
-- index led by the moment or day it counts by and holding the columns it
-- groups by, the district scope and the joins it makes, so that a month of
-- a million-case store is read from the index alone (bench/RESULTS.md).
-- Indexes only: the previous version of Ruqsat still opens the store.
-- ruqsat:min_compatible 11
CREATE INDEX permits_report ON permits (issued_at, district_id, extends_permit_id, issued_by, immigrant_id, application_id);
CREATE INDEX decisions_report ON decisions (kind, decided_at, application_id, ground_id, decided_by);
CREATE INDEX revocations_report ON revocations (revoked_on, permit_id, recorded_by);
CREATE INDEX terminations_report ON terminations (notified_on, permit_id, recorded_by);
CREATE INDEX permit_copies_report ON permit_copies (issued_at, permit_id, issued_by);
