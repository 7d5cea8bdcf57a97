-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 4, PostgreSQL dialect: the columns searched by
-- prefix compare in code point order whatever the database's collation.
-- A prefix search reads the range [prefix, prefix with its last letter
-- raised by one), which only holds in code point order: in a database made
-- with a Russian or Kazakh collation, 'nazarov' < 'na{' is false and the
-- search found nobody. Sorting by these keys is unaffected for a clerk (they
-- are lower-case keys); the indexes on them are rebuilt with the columns.
-- Only collations change, so schema 1 to 3 programs still work.
-- ruqsat:min_compatible 1

ALTER TABLE immigrants
    ALTER COLUMN surname_lat_key TYPE text COLLATE "C",
    ALTER COLUMN surname_cyr_key TYPE text COLLATE "C",
    ALTER COLUMN given_names_lat_key TYPE text COLLATE "C",
    ALTER COLUMN given_names_cyr_key TYPE text COLLATE "C",
    ALTER COLUMN passport_number TYPE text COLLATE "C";
ALTER TABLE permits ALTER COLUMN number TYPE text COLLATE "C";
