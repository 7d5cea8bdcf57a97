-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 7, SQLite dialect: what the clerk finds on the day
-- the documents arrive.
-- R-REFUSE-7: the amount paid on the IIT advance receipt, typed on its
-- checklist line, so that it can be compared with the year's rate.
-- R-CHECK (§15): the four checks of that day (the documents of the list, the
-- application against the passport data, the citizenship conditions of art.
-- 43-1 §1 sub. 1, the conditions of art. 43-2 §5 of the Law on population
-- migration), one row each; a failed one grounds a refusal. Only a column
-- and a table are added, so schema 1 to 6 programs still work.
-- ruqsat:min_compatible 1

ALTER TABLE checklist_items ADD COLUMN amount_kzt INTEGER CHECK (amount_kzt IS NULL OR amount_kzt >= 0);

CREATE TABLE arrival_checks (
    id             TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    item           INTEGER NOT NULL CHECK (item BETWEEN 1 AND 4), -- the sub-item of §15
    conforms       INTEGER NOT NULL CHECK (conforms IN (0, 1)),
    note           TEXT NOT NULL DEFAULT '',
    checked_at     TEXT NOT NULL,
    checked_by     TEXT REFERENCES users (id),
    UNIQUE (application_id, item)
);
