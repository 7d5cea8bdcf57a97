-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 19, PostgreSQL dialect. The register's search box
-- (issue #13) finds any three letters of a person's name in either script,
-- in any usual spelling, and any part of a passport number. Each person row
-- keeps its search text, folded by the program (domain/SearchFold.h); the
-- step after this script writes it for the people already stored, and
-- schema 20 indexes it. A program older than this schema would write people
-- without it, so it may not open the store.
-- ruqsat:min_compatible 19
-- ruqsat:then fill_search_text

ALTER TABLE immigrants ADD COLUMN search_text text NOT NULL DEFAULT '';
ALTER TABLE employers ADD COLUMN search_text text NOT NULL DEFAULT '';
