-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 22, SQLite dialect. On PostgreSQL this version
-- rewrites the row-security policies of version 11 as index lookups and adds
-- the commit marks a desk reads after a lost connection; a desk's SQLite file
-- has neither a server nor row security, so here the version only keeps the
-- two dialects' numbers in step.
-- ruqsat:min_compatible 19

SELECT 1;
