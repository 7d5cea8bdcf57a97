-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ruqsat schema, version 26, SQLite dialect. On PostgreSQL this version keeps
-- the cases' and permits' copies of their people's search text equal to the
-- people's whoever writes them; a desk's SQLite file has no such copies, so
-- here the version only keeps the two dialects' numbers in step.
-- ruqsat:min_compatible 19

SELECT 1;
