-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 6, SQLite dialect: the issuing body, its head and
-- the police body belong to a district. A store holds many districts (an
-- akimat of Almaty, another of Shymkent), and a permit of one of them must
-- not name the other's akimat; until now they were store-wide settings
-- (issuing_body.*, police_body.*). They become columns of districts, named
-- like the settings keys with '_' for '.', with length limits the forms can
-- print. Every existing district takes the store-wide values it printed
-- until now; the old keys are removed, and their values kept in the audit
-- log. A program of schema 5 or older would find no issuing body in the
-- settings any more and print forms without it (or let an administrator
-- change keys nothing reads), so it must refuse this database.
-- ruqsat:min_compatible 6

ALTER TABLE districts ADD COLUMN issuing_body_name_kk TEXT NOT NULL DEFAULT ''
    CHECK (length(issuing_body_name_kk) <= 300);
ALTER TABLE districts ADD COLUMN issuing_body_name_ru TEXT NOT NULL DEFAULT ''
    CHECK (length(issuing_body_name_ru) <= 300);
ALTER TABLE districts ADD COLUMN issuing_body_name_en TEXT NOT NULL DEFAULT ''
    CHECK (length(issuing_body_name_en) <= 300);
ALTER TABLE districts ADD COLUMN issuing_body_head_position_kk TEXT NOT NULL DEFAULT ''
    CHECK (length(issuing_body_head_position_kk) <= 200);
ALTER TABLE districts ADD COLUMN issuing_body_head_position_ru TEXT NOT NULL DEFAULT ''
    CHECK (length(issuing_body_head_position_ru) <= 200);
ALTER TABLE districts ADD COLUMN issuing_body_head_position_en TEXT NOT NULL DEFAULT ''
    CHECK (length(issuing_body_head_position_en) <= 200);
ALTER TABLE districts ADD COLUMN issuing_body_head_name TEXT NOT NULL DEFAULT ''
    CHECK (length(issuing_body_head_name) <= 200);
-- R-REVOKE-POLICE: the addressee of Appendix 9.
ALTER TABLE districts ADD COLUMN police_body_name_kk TEXT NOT NULL DEFAULT ''
    CHECK (length(police_body_name_kk) <= 300);
ALTER TABLE districts ADD COLUMN police_body_name_ru TEXT NOT NULL DEFAULT ''
    CHECK (length(police_body_name_ru) <= 300);
ALTER TABLE districts ADD COLUMN police_body_name_en TEXT NOT NULL DEFAULT ''
    CHECK (length(police_body_name_en) <= 300);

-- What each district printed until now. The head's position may also have
-- been kept under the bare key issuing_body.head_position, which the forms
-- printed in every language whose own key was empty: so does the copy.
UPDATE districts SET
    issuing_body_name_kk = COALESCE((SELECT value FROM settings WHERE key = 'issuing_body.name_kk'), ''),
    issuing_body_name_ru = COALESCE((SELECT value FROM settings WHERE key = 'issuing_body.name_ru'), ''),
    issuing_body_name_en = COALESCE((SELECT value FROM settings WHERE key = 'issuing_body.name_en'), ''),
    issuing_body_head_position_kk = COALESCE(
        (SELECT NULLIF(value, '') FROM settings WHERE key = 'issuing_body.head_position_kk'),
        (SELECT value FROM settings WHERE key = 'issuing_body.head_position'), ''),
    issuing_body_head_position_ru = COALESCE(
        (SELECT NULLIF(value, '') FROM settings WHERE key = 'issuing_body.head_position_ru'),
        (SELECT value FROM settings WHERE key = 'issuing_body.head_position'), ''),
    issuing_body_head_position_en = COALESCE(
        (SELECT NULLIF(value, '') FROM settings WHERE key = 'issuing_body.head_position_en'),
        (SELECT value FROM settings WHERE key = 'issuing_body.head_position'), ''),
    issuing_body_head_name = COALESCE((SELECT value FROM settings WHERE key = 'issuing_body.head_name'), ''),
    police_body_name_kk = COALESCE((SELECT value FROM settings WHERE key = 'police_body.name_kk'), ''),
    police_body_name_ru = COALESCE((SELECT value FROM settings WHERE key = 'police_body.name_ru'), ''),
    police_body_name_en = COALESCE((SELECT value FROM settings WHERE key = 'police_body.name_en'), '');

-- The old values stay readable in the audit log, also in a store that has
-- no district yet to take them.
INSERT INTO audit_log (at, actor, entity, entity_id, action, details)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'schema 6', 'settings', 'district_bodies', 'move_to_districts', old.bodies
FROM (SELECT json_group_object(key, value) AS bodies, count(*) AS n FROM settings
      WHERE (substr(key, 1, 13) = 'issuing_body.' OR substr(key, 1, 12) = 'police_body.')
        AND value <> '') AS old
WHERE old.n > 0;

DELETE FROM settings WHERE substr(key, 1, 13) = 'issuing_body.' OR substr(key, 1, 12) = 'police_body.';
