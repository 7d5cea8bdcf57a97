-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 3, PostgreSQL dialect: name searches answered from
-- the indexes alone (index-only scans), as in the SQLite dialect, where a
-- common surname prefix otherwise reads a table row per matching immigrant.
-- Only indexes change, so schema 1 and 2 programs still work.
-- ruqsat:min_compatible 1

DROP INDEX immigrants_surname_cyr;
CREATE INDEX immigrants_surname_cyr ON immigrants (surname_cyr_key) INCLUDE (id);
DROP INDEX immigrants_surname_lat;
CREATE INDEX immigrants_surname_lat ON immigrants (surname_lat_key) INCLUDE (id);
DROP INDEX immigrants_given_cyr;
CREATE INDEX immigrants_given_cyr ON immigrants (given_names_cyr_key) INCLUDE (id);
DROP INDEX immigrants_given_lat;
CREATE INDEX immigrants_given_lat ON immigrants (given_names_lat_key) INCLUDE (id);
