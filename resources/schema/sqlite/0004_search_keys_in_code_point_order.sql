-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 4, SQLite dialect: nothing to change. The
-- PostgreSQL dialect makes its prefix-searched columns compare in code point
-- order; SQLite's BINARY collation always does. The step keeps the version
-- numbers of the two dialects in line.
-- ruqsat:min_compatible 1

SELECT 1;
