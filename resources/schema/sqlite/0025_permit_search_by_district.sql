-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 25, SQLite dialect. On PostgreSQL this version gives
-- each permit its people's search text under trigram indexes led by the
-- district, as version 24 did for the cases; a desk's SQLite file has no row
-- security and searches through the people, so here the version only keeps
-- the two dialects' numbers in step.
-- ruqsat:min_compatible 19

SELECT 1;
