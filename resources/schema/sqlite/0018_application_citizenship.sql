-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 18, SQLite dialect. The decision-term report by
-- citizenship (issue #12) read each decision's application and then its
-- immigrant: two lookups a decision, 435 ms for a month of a million-case
-- store (bench/RESULTS.md). The application now keeps its immigrant's
-- citizenship, kept by triggers whoever writes (so a previous version of
-- Ruqsat still opens the store and keeps it right), and one index by id
-- holds what the decision reports read of an application.
-- ruqsat:min_compatible 11

ALTER TABLE applications ADD COLUMN citizenship TEXT NOT NULL DEFAULT '';
UPDATE applications SET citizenship =
    COALESCE((SELECT i.citizenship FROM immigrants i WHERE i.id = applications.immigrant_id), '');

CREATE TRIGGER applications_citizenship_new AFTER INSERT ON applications
BEGIN
    UPDATE applications SET citizenship =
        COALESCE((SELECT citizenship FROM immigrants WHERE id = NEW.immigrant_id), '')
    WHERE id = NEW.id;
END;

CREATE TRIGGER applications_citizenship_moved AFTER UPDATE OF immigrant_id ON applications
WHEN OLD.immigrant_id IS NOT NEW.immigrant_id
BEGIN
    UPDATE applications SET citizenship =
        COALESCE((SELECT citizenship FROM immigrants WHERE id = NEW.immigrant_id), '')
    WHERE id = NEW.id;
END;

CREATE TRIGGER immigrants_citizenship_changed AFTER UPDATE OF citizenship ON immigrants
WHEN OLD.citizenship IS NOT NEW.citizenship
BEGIN
    UPDATE applications SET citizenship = NEW.citizenship WHERE immigrant_id = NEW.id;
END;

CREATE INDEX applications_report ON applications (id, decision_due_on, district_id, channel, citizenship);
