-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 11, SQLite dialect. On PostgreSQL this version makes
-- the server enforce roles and districts; a desk's SQLite file has no server,
-- so here it only keeps which districts each user works in (a region's head
-- or administrator may have several), which the program scopes by.
-- ruqsat:min_compatible 11

CREATE TABLE user_districts (
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    district_id INTEGER NOT NULL REFERENCES districts (id),
    PRIMARY KEY (user_id, district_id)
) WITHOUT ROWID;
INSERT INTO user_districts (user_id, district_id)
    SELECT id, district_id FROM users WHERE district_id IS NOT NULL;
