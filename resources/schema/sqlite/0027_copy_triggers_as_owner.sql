-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 27, SQLite dialect. On PostgreSQL this version lets
-- the triggers that copy people's text into cases and permits read as the
-- schema's owner, past row security; a desk's SQLite file has no roles, so
-- here the version only keeps the two dialects' numbers in step.
-- ruqsat:min_compatible 19

SELECT 1;
