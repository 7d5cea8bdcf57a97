-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 24, SQLite dialect. On PostgreSQL this version gives
-- each case its people's search text under trigram indexes led by the
-- district, so that a clerk's search under row security reads only the
-- matches of their districts; a desk's SQLite file has no row security and
-- searches through the people (schema 20), so here the version only keeps
-- the two dialects' numbers in step.
-- ruqsat:min_compatible 19

SELECT 1;
