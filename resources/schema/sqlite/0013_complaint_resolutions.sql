-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 13, SQLite dialect: complaints are resolved and
-- attach to the decision they appeal (R-COMPLAINT-*).
-- * decision_id: the decision appealed (a refusal, an issue, an extension);
--   empty for a complaint about an action or inaction.
-- * resolution: forwarded to the body that considers the complaint
--   (R-COMPLAINT-FORWARD, R-COMPLAINT-STATECORP), granted or rejected; the
--   free text of `outcome` stays the resolution's note. Complaints resolved
--   before this version keep a NULL resolution.
-- * A resolved complaint is final: a trigger refuses any later change.
-- New columns and indexes only: the previous version still opens the store.
-- ruqsat:min_compatible 11

ALTER TABLE complaints ADD COLUMN decision_id TEXT REFERENCES decisions (id);
ALTER TABLE complaints ADD COLUMN resolution TEXT
    CHECK (resolution IS NULL OR resolution IN ('forwarded', 'granted', 'rejected'));
ALTER TABLE complaints ADD COLUMN forwarded_to TEXT NOT NULL DEFAULT ''
    CONSTRAINT complaints_forwarded_to_length CHECK (length(forwarded_to) <= 300);
ALTER TABLE complaints ADD COLUMN resolved_by TEXT REFERENCES users (id);

CREATE INDEX complaints_application ON complaints (application_id);
CREATE INDEX complaints_permit ON complaints (permit_id);
CREATE INDEX complaints_registered ON complaints (registered_on);

CREATE TRIGGER complaints_resolution_final BEFORE UPDATE ON complaints
WHEN OLD.resolved_on IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'complaint_resolved: a resolved complaint is final');
END;

CREATE TRIGGER complaints_resolution_whole BEFORE UPDATE ON complaints
WHEN NEW.resolved_on IS NOT NULL AND NEW.resolution IS NULL
BEGIN
    SELECT RAISE(ABORT, 'complaint_resolution: a complaint is resolved as forwarded, granted or rejected');
END;
