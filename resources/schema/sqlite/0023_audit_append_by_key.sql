-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 23, SQLite dialect. On PostgreSQL this version makes
-- the server's audit function find a row's district by its key; a desk's
-- SQLite file appends audit rows in the program (AuditLog), so here the
-- version only keeps the two dialects' numbers in step.
-- ruqsat:min_compatible 19

SELECT 1;
