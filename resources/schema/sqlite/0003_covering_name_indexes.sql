-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 3, SQLite dialect: name searches answered from the
-- indexes alone. A surname prefix common in the region ("naz" matches 6% of
-- a million cases) otherwise reads one table row per matching immigrant only
-- to learn its id: measured 210 ms against 7 ms with the id in the index
-- (bench/RESULTS.md). Only indexes change, so schema 1 and 2 programs still work.
-- ruqsat:min_compatible 1

DROP INDEX immigrants_surname_cyr;
CREATE INDEX immigrants_surname_cyr ON immigrants (surname_cyr_key, id);
DROP INDEX immigrants_surname_lat;
CREATE INDEX immigrants_surname_lat ON immigrants (surname_lat_key, id);
DROP INDEX immigrants_given_cyr;
CREATE INDEX immigrants_given_cyr ON immigrants (given_names_cyr_key, id);
DROP INDEX immigrants_given_lat;
CREATE INDEX immigrants_given_lat ON immigrants (given_names_lat_key, id);
