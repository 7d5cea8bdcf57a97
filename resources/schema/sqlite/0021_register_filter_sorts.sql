-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 21: the register's filters by status and by
-- district combined with each sortable column (issue #13). A page of 100
-- reads the first rows of one index instead of sorting every case of a
-- status or district: at a million cases "issued, by decision due" sorted
-- ~500,000 rows (926 ms with the sqlite3 tool) and "one district, by
-- immigrant" ~50,000 (623 ms). Extensions are one case in 18: by kind, the
-- register's default order walked 7,000 cases for a page of extensions made
-- through Enbek (160-180 ms). The expressions are the register's sort
-- expressions (CaseRegisterRepository), so that the engines match them.
-- ruqsat:min_compatible 19

CREATE INDEX applications_status_due_sort ON applications
    (status, COALESCE(decision_due_on, '9999-12-31'), id);
CREATE INDEX applications_status_registry ON applications
    (status, COALESCE(registry_number, ''), id);
CREATE INDEX applications_status_immigrant ON applications (status, immigrant_sort, id);
CREATE INDEX applications_district_due ON applications
    (district_id, COALESCE(decision_due_on, '9999-12-31'), id);
CREATE INDEX applications_district_registry ON applications
    (district_id, COALESCE(registry_number, ''), id);
CREATE INDEX applications_district_immigrant ON applications (district_id, immigrant_sort, id);
CREATE INDEX applications_kind_received ON applications (kind, received_at, id);
